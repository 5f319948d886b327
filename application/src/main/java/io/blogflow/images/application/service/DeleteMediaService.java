package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.DeleteMediaUseCase;
import io.blogflow.images.application.port.out.MediaReferences;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.application.port.out.StorageQuota;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaVariant;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class DeleteMediaService implements DeleteMediaUseCase {

    private final MediaRepository media;
    private final MediaVariantRepository variants;
    private final MediaReferences references;
    private final MediaStorage storage;
    private final StorageQuota quota;
    private final Transactions transactions;
    private final AuditTrail audit;

    public DeleteMediaService(MediaRepository media, MediaVariantRepository variants, MediaReferences references,
                              MediaStorage storage, StorageQuota quota, Transactions transactions,
                              AuditTrail audit) {
        this.media = media;
        this.variants = variants;
        this.references = references;
        this.storage = storage;
        this.quota = quota;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public void delete(Actor actor, MediaId id, long expectedVersion) {
        List<String> keys = transactions.inTransaction(() -> {
            Media doomed = EditableMedia.of(media, actor, id, expectedVersion);
            if (references.inUse(id)) {
                throw new ConflictException("media.in-use",
                        "The media is in use (the watermark image, or a post's featured, social-sharing or section "
                        + "image): remove the reference first.");
            }
            List<String> stored = new ArrayList<>();
            stored.add(doomed.storageKey());
            variants.variantsOf(id).stream().map(MediaVariant::storageKey).forEach(stored::add);
            media.remove(doomed); // its variant rows go with it
            if (doomed.createdBy() != null) {
                quota.giveBack(doomed.createdBy(), doomed.sizeBytes(), "media:" + id + ":deleted");
            }
            audit.record(actor.id(), "media.deleted", "media", id, Map.of("checksum", doomed.checksum()), null);
            return stored;
        });
        // Bytes last, after the records are gone for good: a failed commit leaves the media whole, a failed delete
        // here only leaves unreachable bytes. Keys derive from the checksum, which no other record has.
        keys.forEach(storage::delete);
    }
}
