package io.blogflow.llm.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a prompt (all its versions share it). */
public record PromptId(UUID value) {

    public PromptId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
