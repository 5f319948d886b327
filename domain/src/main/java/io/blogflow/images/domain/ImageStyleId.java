package io.blogflow.images.domain;

import java.util.Objects;
import java.util.UUID;

public record ImageStyleId(UUID value) {

    public ImageStyleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
