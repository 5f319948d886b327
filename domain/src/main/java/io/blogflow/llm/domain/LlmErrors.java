package io.blogflow.llm.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the LLM registry (providers and models). */
public final class LlmErrors {

    private LlmErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
        }
    }

    /** The request is well-formed but the registry's current state refuses it (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }
}
