package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.AuditEntry.Origin;

/** The address, user agent and request id of the request being served, if any. */
public interface RequestOrigins {

    Origin current();
}
