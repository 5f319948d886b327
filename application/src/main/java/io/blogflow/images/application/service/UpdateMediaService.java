package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.UpdateMediaUseCase;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Validation;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

public final class UpdateMediaService implements UpdateMediaUseCase {

    private final MediaRepository media;
    private final Transactions transactions;
    private final AuditTrail audit;

    public UpdateMediaService(MediaRepository media, Transactions transactions, AuditTrail audit) {
        this.media = media;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Media update(UpdateMediaCommand command) {
        var validation = new Validation();
        String alt = validation.field("altText", () -> Media.validAltText(command.altText()));
        String caption = validation.field("caption", () -> Media.validCaption(command.caption()));
        URI cdnUrl = validation.field("cdnUrl", () -> Media.parseCdnUrl(command.cdnUrl()));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            Media current = EditableMedia.of(media, command.actor(), command.id(), command.expectedVersion());
            boolean watermarked = command.watermarked() == null ? current.watermarked() : command.watermarked();
            Media saved = media.update(current.describedAs(alt, caption, cdnUrl, watermarked));
            audit.record(command.actor().id(), "media.updated", "media", saved.id(), snapshot(current),
                    snapshot(saved));
            return saved;
        });
    }

    private static Map<String, Object> snapshot(Media media) {
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("altText", media.altText());
        snapshot.put("caption", media.caption());
        snapshot.put("cdnUrl", media.cdnUrl() == null ? null : media.cdnUrl().toString());
        snapshot.put("watermarked", media.watermarked());
        return snapshot;
    }
}
