package io.blogflow.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of several value-object constructions so a client learns about all of them in one answer.
 *
 * <pre>{@code
 * var v = new Validation();
 * Title title = v.field("title", () -> new Title(raw));
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** Builds a value, recording its failure under {@code field}; returns {@code null} when it failed. */
    public <T> T field(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.code(), e.getMessage()));
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
