package io.blogflow.shared.application.port.in;

import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Admins read the audit log, newest first, filtered by actor, action, target and time. */
public interface QueryAuditLogUseCase {

    Page<AuditEntry> find(AuditLog.Filter filter, PageRequest pageRequest);
}
