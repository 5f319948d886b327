package io.blogflow.llm.domain;

import java.util.Locale;

/** What a provider type can be used for, as its registered protocols say. */
public enum Capability {
    /** Answers LLM actions (a chat protocol). */
    CHAT,
    /** Streams its answers piece by piece. */
    STREAMING,
    /** Generates images (an image protocol). */
    IMAGES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
