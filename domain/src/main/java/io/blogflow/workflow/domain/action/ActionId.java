package io.blogflow.workflow.domain.action;

import java.util.Objects;
import java.util.UUID;

/** Identity of an LLM action. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
