package io.blogflow.shared.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of the append-only {@code audit_log} (a trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntryJpaEntity {

    @Id
    UUID id;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "actor_id")
    UUID actorId;

    @Column(nullable = false, length = 100)
    String action;

    @Column(name = "target_type", length = 50)
    String targetType;

    @Column(name = "target_id", length = 100)
    String targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    Map<String, Object> after;

    @Column(length = 45)
    String ip;

    @Column(name = "user_agent", length = 512)
    String userAgent;

    @Column(name = "request_id", length = 128)
    String requestId;
}
