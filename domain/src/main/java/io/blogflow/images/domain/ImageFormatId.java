package io.blogflow.images.domain;

import java.util.Objects;
import java.util.UUID;

public record ImageFormatId(UUID value) {

    public ImageFormatId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
