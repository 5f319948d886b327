package io.blogflow.notifications.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "notifications")
public class NotificationJpaEntity {

    @Id
    UUID id;

    @Column(name = "recipient_id", nullable = false)
    UUID recipientId;

    @Column(nullable = false, length = 100)
    String type;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 2000)
    String body;

    @Column(length = 2048)
    String link;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, String> data;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "read_at")
    Instant readAt;
}
