package io.blogflow.shared.domain;

import java.util.List;

/** Input that breaks one or more field rules; carries every field error at once, not only the first. */
public final class ValidationException extends DomainException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Kind.INVALID, "validation-failed", "The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
