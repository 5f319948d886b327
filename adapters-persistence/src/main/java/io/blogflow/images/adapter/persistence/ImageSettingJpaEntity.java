package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code image_settings}. */
@Entity
@Table(name = "image_settings")
public class ImageSettingJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 120)
    String name;

    @Column(name = "style_id", nullable = false)
    UUID styleId;

    @Column(name = "format_id", nullable = false)
    UUID formatId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> overrides;

    @Version
    @Column(nullable = false)
    long version;
}
