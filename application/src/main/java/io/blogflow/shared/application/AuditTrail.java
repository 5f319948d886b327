package io.blogflow.shared.application;

import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RequestOrigins;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.Map;

/** What use cases call to audit a change: stamps time, id and request origin. Call it inside the change's transaction. */
public final class AuditTrail {

    private final AuditLog log;
    private final RequestOrigins origins;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditTrail(AuditLog log, RequestOrigins origins, IdGenerator ids, Clock clock) {
        this.log = log;
        this.origins = origins;
        this.ids = ids;
        this.clock = clock;
    }

    public void record(UserId actor, String action, String targetType, Object targetId) {
        record(actor, action, targetType, targetId, null, null);
    }

    public void record(UserId actor, String action, String targetType, Object targetId, Map<String, Object> before,
                       Map<String, Object> after) {
        log.append(new AuditEntry(ids.newId(), clock.instant(), actor, action, targetType,
                targetId == null ? null : targetId.toString(), before, after, origins.current()));
    }
}
