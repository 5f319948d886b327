package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.WatermarkSettingsUseCase;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.Watermark;
import io.blogflow.images.domain.WatermarkPosition;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public final class WatermarkSettingsService implements WatermarkSettingsUseCase {

    private final WatermarkSettingsRepository settings;
    private final MediaRepository media;
    private final Transactions transactions;
    private final AuditTrail audit;

    public WatermarkSettingsService(WatermarkSettingsRepository settings, MediaRepository media,
                                    Transactions transactions, AuditTrail audit) {
        this.settings = settings;
        this.media = media;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Watermark current() {
        return settings.current();
    }

    @Override
    public Watermark update(UserId admin, long expectedVersion, WatermarkValues values) {
        return transactions.inTransaction(() -> {
            Watermark current = settings.current();
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("watermark", current.version());
            }
            Watermark saved = settings.update(valid(values, current.version()));
            audit.record(admin, "media.watermark.updated", "media-watermark", "watermark", snapshot(current),
                    snapshot(saved));
            return saved;
        });
    }

    private Watermark valid(WatermarkValues values, long version) {
        var validation = new Validation();
        MediaId image = validation.field("imageId", () -> existingImage(values.imageId()));
        WatermarkPosition position = validation.field("position", () -> position(values.position()));
        Watermark watermark = validation.field("watermark", () -> new Watermark(values.enabled(), values.text(), image,
                position, Objects.requireNonNullElse(values.opacity(), 0.5),
                Objects.requireNonNullElse(values.scale(), 0.2), version));
        validation.throwIfInvalid();
        return watermark;
    }

    private MediaId existingImage(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            MediaId id = new MediaId(UUID.fromString(raw.strip()));
            if (media.find(id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below like an id of no media
        }
        throw new InvalidValueException("image-id.not-found", "imageId must be the id of a media item.");
    }

    private static WatermarkPosition position(String raw) {
        if (raw == null || raw.isBlank()) {
            return WatermarkPosition.BOTTOM_RIGHT;
        }
        try {
            return WatermarkPosition.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("position.invalid", "position must be one of top-left, top, top-right, "
                    + "left, center, right, bottom-left, bottom, bottom-right.");
        }
    }

    private static Map<String, Object> snapshot(Watermark watermark) {
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("enabled", watermark.enabled());
        snapshot.put("text", watermark.text());
        snapshot.put("imageId", watermark.imageId() == null ? null : watermark.imageId().toString());
        snapshot.put("position", watermark.position().name());
        snapshot.put("opacity", watermark.opacity());
        snapshot.put("scale", watermark.scale());
        return snapshot;
    }
}
