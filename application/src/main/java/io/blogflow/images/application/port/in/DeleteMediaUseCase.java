package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Actor;

/**
 * Deletes a media item, its variants and their bytes. Refused (409 {@code media.in-use}) while anything references
 * it; its creator or a content manager may.
 */
public interface DeleteMediaUseCase {

    void delete(Actor actor, MediaId id, long expectedVersion);
}
