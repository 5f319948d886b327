package io.blogflow.images.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a media item (an image in the media library). */
public record MediaId(UUID value) {

    public MediaId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
