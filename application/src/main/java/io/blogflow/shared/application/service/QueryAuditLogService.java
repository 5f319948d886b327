package io.blogflow.shared.application.service;

import io.blogflow.shared.application.port.in.QueryAuditLogUseCase;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class QueryAuditLogService implements QueryAuditLogUseCase {

    private final AuditLog log;

    public QueryAuditLogService(AuditLog log) {
        this.log = log;
    }

    @Override
    public Page<AuditEntry> find(AuditLog.Filter filter, PageRequest pageRequest) {
        return log.find(filter, pageRequest);
    }
}
