package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.shared.application.port.in.JobFailedPermanently;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.job.JobType;
import java.util.UUID;

/**
 * Performs an image generation accepted with {@code Prefer: respond-async}. Idempotent: a generation that has
 * finished is left alone. One the job gives up on is recorded as failed and its starter told.
 */
public final class GenerateImageJob implements JobHandler<GenerateImageJob.Payload> {

    public static final JobType<Payload> TYPE = JobType.of("images.generate", Payload.class).withMaxAttempts(3);

    /** The accepted generation and the request it answers. */
    public record Payload(UUID generationId, UUID postId, UUID sectionId, UUID actorId, boolean managesAllContent,
                          boolean publishes, String prompt, UUID settingId, UUID styleId, UUID formatId,
                          UUID modelId, String altText) {

        static Payload of(UUID generation, GenerateImageUseCase.Command command) {
            Actor actor = command.actor();
            return new Payload(generation, command.postId(), command.sectionId(), actor.id().value(),
                    actor.managesAllContent(), actor.publishes(), command.prompt(), command.settingId(),
                    command.styleId(), command.formatId(), command.modelId(), command.altText());
        }

        GenerateImageUseCase.Command command() {
            return new GenerateImageUseCase.Command(postId, sectionId,
                    new Actor(new UserId(actorId), managesAllContent, publishes), prompt, settingId, styleId,
                    formatId, modelId, altText, null);
        }
    }

    private final GenerateImageService images;

    public GenerateImageJob(GenerateImageService images) {
        this.images = images;
    }

    @Override
    public JobType<Payload> type() {
        return TYPE;
    }

    @Override
    public void handle(Payload payload, Attempt attempt) {
        try {
            images.perform(payload);
        } catch (RuntimeException broken) {
            // The generation is recorded as failed and its starter told: trying again would find it finished.
            throw new JobFailedPermanently("The generation broke off: " + broken, broken);
        }
    }

    @Override
    public void onGiveUp(Payload payload, Attempt attempt, String error) {
        images.abandon(payload, error);
    }
}
