package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.in.JobFailedPermanently;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.job.JobType;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.UUID;

/**
 * Performs an action run accepted with {@code Prefer: respond-async}. Idempotent: a run that has finished (an earlier
 * attempt got there) is left alone. A run the job gives up on is recorded as failed and its starter told.
 */
public final class RunActionJob implements JobHandler<RunActionJob.Payload> {

    public static final JobType<Payload> TYPE = JobType.of("workflow.run-action", Payload.class).withMaxAttempts(3);

    /** The accepted run and who started it, as the run's use case needs them. */
    public record Payload(UUID runId, UUID postId, UUID actionId, UUID sectionId, UUID actorId,
                          boolean managesAllContent, boolean publishes) {

        static Payload of(ActionRun run, Actor actor) {
            return new Payload(run.id(), run.postId().value(), run.actionId().value(), run.sectionId(),
                    actor.id().value(), actor.managesAllContent(), actor.publishes());
        }

        RunActionUseCase.Command command() {
            return new RunActionUseCase.Command(new PostId(postId), new ActionId(actionId), sectionId,
                    new Actor(new UserId(actorId), managesAllContent, publishes), null, false);
        }
    }

    private final RunActionService runs;

    public RunActionJob(RunActionService runs) {
        this.runs = runs;
    }

    @Override
    public JobType<Payload> type() {
        return TYPE;
    }

    @Override
    public void handle(Payload payload, Attempt attempt) {
        try {
            runs.perform(payload);
        } catch (RuntimeException broken) {
            // The run is recorded as failed and its starter told: trying again would find it finished.
            throw new JobFailedPermanently("The run broke off: " + broken, broken);
        }
    }

    @Override
    public void onGiveUp(Payload payload, Attempt attempt, String error) {
        runs.abandon(payload, error);
    }
}
