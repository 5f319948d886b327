package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.DomainException;

/** No such section in this post (also for a malformed id): 404. */
public final class SectionNotFoundException extends DomainException {

    public SectionNotFoundException(String id) {
        super(Kind.NOT_FOUND, "section-not-found", "No section '" + id + "' in this post.");
    }
}
