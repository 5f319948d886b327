package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The image generations of posts. */
public interface ImageGenerationRepository {

    /** Records a generation that starts; when its idempotency key was used for the post, returns that one instead. */
    ImageGeneration start(ImageGeneration generation);

    ImageGeneration finish(ImageGeneration generation);

    /** Frees the idempotency keys of generations that finished before {@code cutoff}; returns how many. */
    int releaseIdempotencyKeysBefore(java.time.Instant cutoff);

    Optional<ImageGeneration> find(UUID postId, UUID id);

    /** Newest first. */
    Page<ImageGeneration> ofPost(UUID postId, PageRequest page);
}
