package io.blogflow.images.application.service;

import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.StaleVersionException;

/**
 * The media a write is about, checked for the writer: everyone who writes sees the shared library (so others'
 * media answer 403, not 404), but only its creator or a content manager changes it, and only at its current version.
 */
final class EditableMedia {

    private EditableMedia() {
    }

    static Media of(MediaRepository media, Actor actor, MediaId id, long expectedVersion) {
        Media current = media.find(id).orElseThrow(() -> new MediaErrors.NotFound(id.toString()));
        if (!actor.mayAccessContentOf(current.createdBy())) {
            throw new NotAllowedException("Only whoever added this media, or an editor, may change or delete it.");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("media", current.version());
        }
        return current;
    }
}
