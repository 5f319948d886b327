package io.blogflow.images.domain;

import java.util.Objects;
import java.util.UUID;

public record ImageSettingId(UUID value) {

    public ImageSettingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
