package io.blogflow.workflow.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressDetails;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;

/**
 * A post's progress through the editorial workflow. Every call first checks that the actor may reach the post (a post
 * they may not reach is "not found"); every move takes the progress version the caller saw and is refused as stale
 * when it moved on meanwhile.
 */
public interface PostProgressUseCase {

    /** The post's progress; a post without one starts at the first stage's first sub-stage. */
    ProgressView progress(PostId post, Actor actor);

    ProgressView start(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                       Actor actor);

    ProgressView complete(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                          Actor actor);

    ProgressView skip(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                      Actor actor);

    /** Completes the current stage (refused while a required sub-stage is not done) and moves to the next one. */
    ProgressView advance(PostId post, long expectedVersion, Actor actor);

    /** Moves back to an earlier active stage and sub-stage. */
    ProgressView rewind(PostId post, WorkflowItemId stage, WorkflowItemId subStage, long expectedVersion,
                        Actor actor);

    /** Every move of the post, newest first. */
    Page<ProgressHistoryEntry> history(PostId post, PageRequest page, Actor actor);

    /** The progress, its stored version, and the workflow (retired items included) it is read against. */
    record ProgressView(PostProgress progress, long version, WorkflowTree workflow) {
    }
}
