package io.blogflow.shared.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit log: who ({@code actor}, null for anonymous or system actions) did what ({@code action},
 * e.g. {@code user.role-changed}) to which target, with the state before and after a modification, and where the
 * request came from. Snapshots hold plain values only and never secrets (passwords, hashes, tokens).
 */
public record AuditEntry(UUID id, Instant occurredAt, UserId actor, String action, String targetType,
                         String targetId, Map<String, Object> before, Map<String, Object> after, Origin origin) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        origin = origin == null ? Origin.NONE : origin;
    }

    /** Where a request came from; {@link #NONE} outside of requests (jobs, startup). */
    public record Origin(String ip, String userAgent, String requestId) {

        public static final Origin NONE = new Origin(null, null, null);
    }
}
