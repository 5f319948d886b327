package io.blogflow.images.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.UUID;

/**
 * Generates an image for a post (or one of its sections) and stores it in the media library: the prompt given, or
 * the section's first image prompt; the style and format of a setting or given one by one; a model of an
 * image-capable provider from the LLM registry. Quota through the usage meter; one call (no retries: images are
 * slow and dear); the outcome recorded either way. An idempotency key makes a repeat return the first generation.
 */
public interface GenerateImageUseCase {

    Outcome generate(Command command);

    /**
     * The asynchronous variant: the same refusals, then the generation recorded as {@code running} and queued as a
     * job in one transaction. The job generates as {@link #generate} does, records the outcome and notifies the
     * starter ({@code image-generation.succeeded} / {@code image-generation.failed}); a quota refusal is then a
     * failed generation. A repeated idempotency key returns the key's generation ({@code replayed}), finished or not.
     */
    Outcome accept(Command command);

    Page<ImageGeneration> history(PostId postId, PageRequest page, Actor actor);

    ImageGeneration get(PostId postId, UUID id, Actor actor);

    /** {@code settingId} or {@code formatId} (with an optional {@code styleId}) chooses what to ask for. */
    record Command(PostId postId, UUID sectionId, Actor actor, String prompt, UUID settingId, UUID styleId,
                   UUID formatId, UUID modelId, String altText, String idempotencyKey) {
    }

    record Outcome(ImageGeneration generation, boolean replayed) {
    }
}
