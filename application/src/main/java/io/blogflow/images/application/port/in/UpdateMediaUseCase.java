package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Actor;

/**
 * Changes what describes a media item (never its bytes). Its creator or a content manager may; {@code version}
 * must be the current one.
 */
public interface UpdateMediaUseCase {

    Media update(UpdateMediaCommand command);

    /** Every field is the new value; null clears the text fields; {@code watermarked} null keeps it. */
    record UpdateMediaCommand(Actor actor, MediaId id, long expectedVersion, String altText, String caption,
                              String cdnUrl, Boolean watermarked) {
    }
}
