package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;

/** The append-only audit log. {@code append} joins the caller's transaction, so the entry commits with the change. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Newest first. Every filter is optional (null). */
    Page<AuditEntry> find(Filter filter, PageRequest pageRequest);

    record Filter(UserId actor, String action, String targetType, String targetId, Instant from, Instant to) {
    }
}
