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

/** Row of {@code image_formats}. */
@Entity
@Table(name = "image_formats")
public class ImageFormatJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 120)
    String title;

    @Column(nullable = false)
    int width;

    @Column(nullable = false)
    int height;

    Integer steps;

    @Column(name = "guidance_scale")
    Double guidanceScale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_settings", nullable = false, columnDefinition = "jsonb")
    Map<String, Object> extraSettings;

    @Version
    @Column(nullable = false)
    long version;
}
