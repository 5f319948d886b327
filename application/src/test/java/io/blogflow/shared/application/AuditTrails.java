package io.blogflow.shared.application;

import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.domain.AuditEntry;
import java.time.Clock;
import java.util.UUID;

/** An {@link AuditTrail} over an {@link InMemoryAuditLog}, as the services' unit tests build it. */
public final class AuditTrails {

    private AuditTrails() {
    }

    public static AuditTrail inMemory(InMemoryAuditLog log, Clock clock) {
        return new AuditTrail(log, () -> AuditEntry.Origin.NONE, UUID::randomUUID, clock);
    }
}
