package io.blogflow.llm.adapter.persistence;

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

/** Row of {@code llm_prompt_versions}: written once, never updated (a trigger refuses updates). */
@Entity
@Immutable
@Table(name = "llm_prompt_versions")
public class LlmPromptVersionJpaEntity {

    @Id
    UUID id;

    @Column(name = "prompt_id", nullable = false)
    UUID promptId;

    @Column(nullable = false)
    int version;

    @Column(name = "system_prompt", length = 50_000)
    String systemPrompt;

    @Column(nullable = false, length = 50_000)
    String template;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> parameters;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by")
    UUID createdBy;
}
