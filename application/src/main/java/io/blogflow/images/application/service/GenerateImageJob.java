package io.blogflow.images.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.shared.application.port.in.AcceptedWorkJob;
import io.blogflow.shared.application.port.in.ActorRef;
import io.blogflow.shared.domain.job.JobType;
import java.util.UUID;

/**
 * Performs an image generation accepted with {@code Prefer: respond-async}. Idempotent: a generation that has
 * finished is left alone. One the job gives up on is recorded as failed and its starter told.
 */
public final class GenerateImageJob extends AcceptedWorkJob<GenerateImageJob.Payload> {

    public static final JobType<Payload> TYPE = JobType.of("images.generate", Payload.class).withMaxAttempts(3);

    /** The accepted generation and the request it answers. */
    public record Payload(UUID generationId, UUID postId, UUID sectionId, ActorRef actor, String prompt,
                          UUID settingId, UUID styleId, UUID formatId, UUID modelId, String altText) {

        static Payload of(UUID generation, GenerateImageUseCase.Command command) {
            return new Payload(generation, command.postId().value(), command.sectionId(), ActorRef.of(command.actor()),
                    command.prompt(), command.settingId(), command.styleId(), command.formatId(), command.modelId(),
                    command.altText());
        }

        GenerateImageUseCase.Command command() {
            return new GenerateImageUseCase.Command(new PostId(postId), sectionId, actor.actor(), prompt, settingId,
                    styleId, formatId, modelId, altText, null);
        }
    }

    private final GenerateImageService images;

    public GenerateImageJob(GenerateImageService images) {
        super(TYPE, "generation");
        this.images = images;
    }

    @Override
    protected void perform(Payload payload) {
        images.perform(payload);
    }

    @Override
    protected void abandon(Payload payload, String error) {
        images.abandon(payload, error);
    }
}
