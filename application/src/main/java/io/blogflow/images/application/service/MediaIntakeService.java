package io.blogflow.images.application.service;

import io.blogflow.images.application.MediaLibrarySettings;
import io.blogflow.images.application.port.in.StoreGeneratedMediaUseCase;
import io.blogflow.images.application.port.in.UploadMediaUseCase;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.application.port.out.StorageQuota;
import io.blogflow.images.domain.InspectedImage;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.util.Map;

/**
 * One way into the library for uploads and generated images: limits, type from the bytes, metadata stripped,
 * duplicates recognised by the checksum of the stripped bytes, bytes stored under their content key, then the record.
 */
public final class MediaIntakeService implements UploadMediaUseCase, StoreGeneratedMediaUseCase {

    public static final int MAX_PROMPT = 4000;

    private final MediaRepository media;
    private final MediaStorage storage;
    private final StorageQuota quota;
    private final ImageProcessor processor;
    private final MediaLibrarySettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public MediaIntakeService(MediaRepository media, MediaStorage storage, StorageQuota quota,
                              ImageProcessor processor,
                              MediaLibrarySettings settings, Transactions transactions, IdGenerator ids, Clock clock,
                              AuditTrail audit) {
        this.media = media;
        this.storage = storage;
        this.quota = quota;
        this.processor = processor;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public StoredMedia upload(UploadMediaCommand command) {
        var validation = new Validation();
        String alt = validation.field("altText", () -> Media.validAltText(command.altText()));
        String caption = validation.field("caption", () -> Media.validCaption(command.caption()));
        validation.throwIfInvalid();
        return intake(command.actor(), command.bytes(), new Description(alt, caption, null, Map.of()));
    }

    @Override
    public Media storeGenerated(UserId actor, byte[] bytes, String prompt, Map<String, Object> metadata,
                                String altText) {
        var validation = new Validation();
        String alt = validation.field("altText", () -> Media.validAltText(altText));
        String checkedPrompt = validation.field("prompt", () -> validPrompt(prompt));
        validation.throwIfInvalid();
        return intake(actor, bytes, new Description(alt, null, checkedPrompt, metadata == null ? Map.of() : metadata))
                .media();
    }

    private StoredMedia intake(UserId actor, byte[] bytes, Description description) {
        long maxBytes = settings.limits().maxBytes();
        if (bytes == null || bytes.length == 0) {
            throw new MediaErrors.Unreadable("The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new MediaErrors.TooLarge(bytes.length, maxBytes);
        }
        InspectedImage upload = processor.inspect(bytes, settings.limits());
        byte[] clean = processor.stripMetadata(bytes, upload.type());
        // The dimensions of what is stored: a sideways phone photo is stored upright, its width and height swapped.
        InspectedImage image = processor.inspect(clean, settings.limits());
        String checksum = Checksums.sha256(clean);
        var existing = media.findByChecksum(checksum);
        if (existing.isPresent()) {
            return new StoredMedia(existing.get(), true);
        }
        // The plan's storage is checked before the bytes are written, and taken with the record.
        quota.requireRoom(actor, clean.length);
        String key = checksum + "." + image.type().extension();
        // Before the record: a record never names missing bytes. Should the record fail, the stored object is an
        // orphan under its content key, harmless, and reused by the next upload of the same image.
        storage.put(key, clean);
        Media candidate = new Media(new MediaId(ids.newId()), key, image.type(), clean.length, image.width(),
                image.height(), description.altText(), description.caption(), null, checksum, actor, clock.instant(),
                description.prompt(), description.metadata(), true, 0);
        return transactions.inTransaction(() -> {
            Media added = media.addUnlessDuplicate(candidate);
            if (!added.id().equals(candidate.id())) {
                return new StoredMedia(added, true); // a concurrent upload of the same image won
            }
            quota.take(actor, added.sizeBytes(), "media:" + added.id());
            audit.record(actor, added.generated() ? "media.generated" : "media.uploaded", "media", added.id(),
                    null, Map.of("type", added.type().mime(), "sizeBytes", added.sizeBytes(),
                            "checksum", added.checksum()));
            return new StoredMedia(added, false);
        });
    }

    private static String validPrompt(String prompt) {
        if (prompt == null || prompt.isBlank() || prompt.strip().length() > MAX_PROMPT) {
            throw new InvalidValueException("prompt.invalid", "A generated image needs its prompt (1 to " + MAX_PROMPT
                    + " characters).");
        }
        return prompt.strip();
    }

    private record Description(String altText, String caption, String prompt, Map<String, Object> metadata) {
    }
}
