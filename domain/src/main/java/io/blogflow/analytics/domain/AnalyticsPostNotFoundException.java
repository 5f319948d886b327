package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.DomainException;
import java.util.UUID;

/** No post the caller may see has this id (another author's post answers the same, 404, not 403). */
public final class AnalyticsPostNotFoundException extends DomainException {

    public AnalyticsPostNotFoundException(UUID id) {
        super(Kind.NOT_FOUND, "post-not-found", "No post with id '" + id + "'.");
    }
}
