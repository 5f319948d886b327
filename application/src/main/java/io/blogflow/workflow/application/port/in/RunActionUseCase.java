package io.blogflow.workflow.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.shared.domain.Actor;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.UUID;

/**
 * Runs an action on a post (or one of its sections): renders the action's prompt with the fields, generates through
 * the llm context, and writes the answer into the action's output field — unless the field changed meanwhile
 * (the run fails with {@code conflict} and keeps the answer). The run is recorded from start to outcome; a provider
 * failure is a failed run, never a changed field. With an idempotency key, a repeated request gets the run the key
 * first started ({@code replayed}) and generates nothing.
 *
 * @throws io.blogflow.workflow.domain.run.RunErrors.KeyReused when the key was used for another action or section
 * @throws io.blogflow.workflow.domain.run.RunErrors.InProgress when the key's run is still generating
 */
public interface RunActionUseCase {

    Outcome run(Command command, GenerationListener listener);

    /**
     * The asynchronous variant: makes the same refusals, records the run as {@code running} and queues it as a job
     * in one transaction, and returns at once. The job generates and writes as {@link #run} does, records the
     * outcome on the run and notifies its starter ({@code action-run.succeeded} / {@code action-run.failed}). A
     * repeated idempotency key returns the key's run ({@code replayed}), finished or not.
     */
    Outcome accept(Command command);

    /**
     * The refusals {@link #run} makes before anything is recorded (post not reachable, unknown or disabled action,
     * wrong target, unresolvable prompt), without running: lets a streaming caller answer them before it streams.
     */
    void check(Command command);

    /** {@code sectionId}: required for a section action, refused for a post action. */
    record Command(PostId postId, ActionId actionId, UUID sectionId, Actor actor, String idempotencyKey,
                   boolean stream) {
    }

    record Outcome(ActionRun run, boolean replayed) {
    }
}
