package io.blogflow.llm.domain;

import java.util.Locale;

/** How one attempt at a provider call ended. */
public enum InteractionStatus {
    SUCCEEDED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
