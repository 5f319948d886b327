package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.Watermark;
import io.blogflow.images.domain.WatermarkPosition;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;

/** The seeded single row of watermark settings (the migration inserts it; it is never deleted). */
@ApplicationScoped
public class PanacheWatermarkSettingsRepository
        implements WatermarkSettingsRepository, PanacheRepositoryBase<WatermarkSettingsJpaEntity, Short> {

    @Override
    public Watermark current() {
        return toDomain(row());
    }

    @Override
    public Watermark update(Watermark watermark) {
        WatermarkSettingsJpaEntity row = row();
        if (row.version != watermark.version()) {
            throw new StaleVersionException("watermark", row.version);
        }
        row.enabled = watermark.enabled();
        row.text = watermark.text();
        row.imageMediaId = watermark.imageId() == null ? null : watermark.imageId().value();
        row.position = watermark.position().name();
        row.opacity = BigDecimal.valueOf(watermark.opacity());
        row.scale = BigDecimal.valueOf(watermark.scale());
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("watermark");
        }
        return toDomain(row);
    }

    private WatermarkSettingsJpaEntity row() {
        return findByIdOptional(WatermarkSettingsJpaEntity.ID)
                .orElseThrow(() -> new IllegalStateException("The watermark settings row (seeded by images-003) is "
                        + "missing"));
    }

    private static Watermark toDomain(WatermarkSettingsJpaEntity row) {
        return new Watermark(row.enabled, row.text, row.imageMediaId == null ? null : new MediaId(row.imageMediaId),
                WatermarkPosition.valueOf(row.position), row.opacity.doubleValue(), row.scale.doubleValue(),
                row.version);
    }
}
