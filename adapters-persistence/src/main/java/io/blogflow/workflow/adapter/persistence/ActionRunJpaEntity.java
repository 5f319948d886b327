package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code workflow_action_runs}. */
@Entity
@Table(name = "workflow_action_runs")
public class ActionRunJpaEntity {

    @Id
    UUID id;
    @Column(name = "post_id", nullable = false)
    UUID postId;
    @Column(name = "section_id")
    UUID sectionId;
    @Column(name = "action_id", nullable = false)
    UUID actionId;
    @Column(name = "action_name", length = 200)
    String actionName;
    @Column(name = "output_field", nullable = false, length = 60)
    String outputField;
    @Column(name = "idempotency_key", length = 200)
    String idempotencyKey;
    @Column(name = "actor_id", nullable = false)
    UUID actorId;
    @Column(nullable = false)
    boolean streamed;
    @Column(nullable = false, length = 20)
    String status;
    @Column(name = "prompt_name", length = 80)
    String promptName;
    @Column(name = "prompt_version")
    Integer promptVersion;
    @Column(name = "model_name", length = 200)
    String modelName;
    @Column(nullable = false)
    int attempts;
    @Column(name = "input_tokens", nullable = false)
    int inputTokens;
    @Column(name = "output_tokens", nullable = false)
    int outputTokens;
    @Column(nullable = false, precision = 20, scale = 8)
    BigDecimal cost;
    String output;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_value", columnDefinition = "jsonb")
    Object previousValue;
    @Column(name = "error_type", length = 40)
    String errorType;
    @Column(name = "error_code", length = 200)
    String errorCode;
    @Column(name = "error_http_status")
    Integer errorHttpStatus;
    @Column(name = "error_message", length = 2000)
    String errorMessage;
    @Column(name = "started_at", nullable = false)
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
}
