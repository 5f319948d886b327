package io.blogflow.shared.domain;

/** The caller's role does not allow this action (403). */
public final class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(Kind.FORBIDDEN, "not-allowed", message);
    }
}
