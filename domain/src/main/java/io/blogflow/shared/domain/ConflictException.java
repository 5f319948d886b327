package io.blogflow.shared.domain;

/**
 * The request is well-formed but the current state refuses it (409): a name or title taken, something still in use.
 * {@code code} names the rule ({@code prompt.name-taken}, {@code action.in-use}).
 */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }
}
