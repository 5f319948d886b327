package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code llm_actions}. */
@Entity
@Table(name = "llm_actions")
public class LlmActionJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 2000)
    String description;

    @Column(name = "prompt_name", nullable = false, length = 80)
    String promptName;

    @Column(name = "prompt_label", length = 40)
    String promptLabel;

    @Column(name = "prompt_version")
    Integer promptVersion;

    @Column(name = "model_id", nullable = false)
    UUID modelId;

    @Column(name = "fallback_model_id")
    UUID fallbackModelId;

    Double temperature;

    @Column(name = "max_tokens")
    Integer maxTokens;

    @Column(name = "timeout_ms", nullable = false)
    int timeoutMs;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "input_fields", nullable = false, columnDefinition = "text[]")
    List<String> inputFields;

    @Column(name = "output_field", nullable = false, length = 80)
    String outputField;

    @Column(nullable = false)
    boolean enabled;

    @Version
    @Column(nullable = false)
    long version;
}
