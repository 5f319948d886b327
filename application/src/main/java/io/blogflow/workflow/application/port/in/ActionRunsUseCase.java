package io.blogflow.workflow.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.List;
import java.util.UUID;

/** A post's action history, and each run with the provider calls it made. */
public interface ActionRunsUseCase {

    /** Newest first. */
    Page<ActionRun> history(PostId postId, PageRequest page, Actor actor);

    /** An unknown run (or one of another post) is {@code run-not-found} (404). */
    RunDetails run(PostId postId, UUID runId, Actor actor);

    record RunDetails(ActionRun run, List<Interaction> interactions) {
    }
}
