package io.blogflow.llm.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code llm_models}. */
@Entity
@Table(name = "llm_models")
public class LlmModelJpaEntity {

    @Id
    UUID id;

    @Column(name = "provider_id", nullable = false)
    UUID providerId;

    @Column(nullable = false, length = 200)
    String name;

    @Column(length = 2000)
    String description;

    @Column(length = 2000)
    String strengths;

    @Column(length = 2000)
    String weaknesses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "default_params", nullable = false, columnDefinition = "jsonb")
    Map<String, Object> defaultParams;

    @Column(name = "input_price_per_million", nullable = false, precision = 12, scale = 6)
    BigDecimal inputPricePerMillion;

    @Column(name = "output_price_per_million", nullable = false, precision = 12, scale = 6)
    BigDecimal outputPricePerMillion;

    @Column(nullable = false)
    boolean enabled;

    @Version
    @Column(nullable = false)
    long version;
}
