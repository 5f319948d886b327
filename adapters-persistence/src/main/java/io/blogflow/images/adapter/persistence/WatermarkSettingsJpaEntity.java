package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/** The single row (id 1) of {@code media_watermark_settings}. */
@Entity
@Table(name = "media_watermark_settings")
public class WatermarkSettingsJpaEntity {

    static final short ID = 1;

    @Id
    short id;

    @Column(nullable = false)
    boolean enabled;

    @Column(length = 100)
    String text;

    @Column(name = "image_media_id")
    UUID imageMediaId;

    @Column(nullable = false, length = 20)
    String position;

    @Column(nullable = false, precision = 4, scale = 3)
    BigDecimal opacity;

    @Column(nullable = false, precision = 4, scale = 3)
    BigDecimal scale;

    @Version
    @Column(nullable = false)
    long version;
}
