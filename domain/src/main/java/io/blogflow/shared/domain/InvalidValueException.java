package io.blogflow.shared.domain;

/** A value object refused its input; {@link Validation} attaches the field name. */
public final class InvalidValueException extends DomainException {

    public InvalidValueException(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
