package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.in.AcceptedWorkJob;
import io.blogflow.shared.application.port.in.ActorRef;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.job.JobType;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.UUID;

/**
 * Performs an action run accepted with {@code Prefer: respond-async}. Idempotent: a run that has finished (an earlier
 * attempt got there) is left alone. A run the job gives up on is recorded as failed and its starter told.
 */
public final class RunActionJob extends AcceptedWorkJob<RunActionJob.Payload> {

    public static final JobType<Payload> TYPE = JobType.of("workflow.run-action", Payload.class).withMaxAttempts(3);

    /** The accepted run and who started it, as the run's use case needs them. */
    public record Payload(UUID runId, UUID postId, UUID actionId, UUID sectionId, ActorRef actor) {

        static Payload of(ActionRun run, Actor actor) {
            return new Payload(run.id(), run.postId().value(), run.actionId().value(), run.sectionId(), ActorRef.of(actor));
        }

        RunActionUseCase.Command command() {
            return new RunActionUseCase.Command(new PostId(postId), new ActionId(actionId), sectionId, actor.actor(), null,
                    false);
        }
    }

    private final RunActionService runs;

    public RunActionJob(RunActionService runs) {
        super(TYPE, "run");
        this.runs = runs;
    }

    @Override
    protected void perform(Payload payload) {
        runs.perform(payload);
    }

    @Override
    protected void abandon(Payload payload, String error) {
        runs.abandon(payload, error);
    }
}
