package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.Optional;
import java.util.UUID;

/** The action history of posts. */
public interface ActionRunRepository {

    /**
     * Records a run that starts, in its own statement: when the run's idempotency key was already used for the post,
     * records nothing and returns the run that used it (whoever wins a race, both callers get the same run).
     */
    ActionRun start(ActionRun run);

    /** Stores a run's outcome. */
    ActionRun finish(ActionRun run);

    /** Frees the idempotency keys of runs that finished before {@code cutoff} (the runs stay); returns how many. */
    int releaseIdempotencyKeysBefore(java.time.Instant cutoff);

    Optional<ActionRun> find(PostId postId, UUID runId);

    /** The post's runs, newest first. */
    Page<ActionRun> ofPost(PostId postId, PageRequest page);
}
