package io.blogflow.llm.domain;

import java.util.Objects;
import java.util.UUID;

public record ModelId(UUID value) {

    public ModelId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
