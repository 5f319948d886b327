package io.blogflow.images.domain;

import java.util.Objects;
import java.util.UUID;

public record PromptExampleId(UUID value) {

    public PromptExampleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
