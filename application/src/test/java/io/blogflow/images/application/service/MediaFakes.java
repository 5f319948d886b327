package io.blogflow.images.application.service;

import io.blogflow.images.application.MediaLibrarySettings;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.domain.ImageLimits;
import io.blogflow.images.domain.InspectedImage;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.MediaVariant;
import io.blogflow.images.domain.Watermark;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * In-memory stand-ins for the media ports. The fake "image format" is text: {@code IMG <TYPE> <w>x<h>|<pixels>}
 * with optional {@code |EXIF:…} metadata at the end, which stripping removes; {@code <svg} is refused like SVG.
 */
final class MediaFakes {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private MediaFakes() {
    }

    static byte[] image(MediaType type, int width, int height, String pixels, String exif) {
        return ("IMG " + type + " " + width + "x" + height + "|" + pixels + (exif == null ? "" : "|EXIF:" + exif))
                .getBytes(StandardCharsets.UTF_8);
    }

    static MediaLibrarySettings settings(long maxBytes, long maxPixels) {
        return new MediaLibrarySettings(new ImageLimits(maxBytes, maxPixels), List.of(320, 640, 1024));
    }

    static Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }

    static AuditTrail audit(List<AuditEntry> entries) {
        return new AuditTrail(new io.blogflow.shared.application.port.out.AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                entries.add(entry);
            }

            @Override
            public Page<AuditEntry> find(Filter filter, PageRequest pageRequest) {
                return Page.empty(pageRequest);
            }
        }, () -> null, UUID::randomUUID, CLOCK);
    }

    static final class Processor implements ImageProcessor {

        final List<String> renders = new ArrayList<>();

        @Override
        public InspectedImage inspect(byte[] bytes, ImageLimits limits) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.startsWith("IMG ")) {
                throw new MediaErrors.UnsupportedType("Not an image this library accepts.");
            }
            String[] head = text.substring(4, text.indexOf('|')).split(" ");
            String[] size = head[1].split("x");
            var image = new InspectedImage(MediaType.valueOf(head[0]), Integer.parseInt(size[0]),
                    Integer.parseInt(size[1]));
            if (image.pixels() > limits.maxPixels()) {
                throw new MediaErrors.TooManyPixels(image.pixels(), limits.maxPixels());
            }
            return image;
        }

        @Override
        public byte[] stripMetadata(byte[] bytes, MediaType type) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int exif = text.indexOf("|EXIF:");
            return (exif < 0 ? text : text.substring(0, exif)).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] render(byte[] original, MediaType type, int width, MediaType target, WatermarkLayer watermark) {
            String rendition = "IMG " + target + " w" + width + (watermark == null ? "" : " wm:" + (watermark.text()
                    != null ? watermark.text() : new String(watermark.image(), StandardCharsets.UTF_8))) + "|"
                    + new String(original, StandardCharsets.UTF_8);
            renders.add(rendition);
            return rendition.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Storage quota per owner, in bytes, with what each owner holds. */
    static final class Quota implements io.blogflow.images.application.port.out.StorageQuota {

        final Map<io.blogflow.shared.domain.UserId, Long> held = new ConcurrentHashMap<>();
        long limit = Long.MAX_VALUE;

        @Override
        public void requireRoom(io.blogflow.shared.domain.UserId owner, long bytes) {
            if (held.getOrDefault(owner, 0L) + bytes > limit) {
                throw new io.blogflow.shared.domain.QuotaExceededException("storage_bytes", limit,
                        held.getOrDefault(owner, 0L), null, "/upgrade");
            }
        }

        @Override
        public void take(io.blogflow.shared.domain.UserId owner, long bytes, String key) {
            requireRoom(owner, bytes);
            held.merge(owner, bytes, Long::sum);
        }

        @Override
        public void giveBack(io.blogflow.shared.domain.UserId owner, long bytes, String key) {
            held.merge(owner, -bytes, Long::sum);
        }
    }

    static final class Storage implements MediaStorage {

        final Map<String, byte[]> objects = new ConcurrentHashMap<>();

        @Override
        public void put(String key, byte[] bytes) {
            objects.putIfAbsent(key, bytes.clone());
        }

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(objects.get(key)).map(byte[]::clone);
        }

        @Override
        public boolean exists(String key) {
            return objects.containsKey(key);
        }

        @Override
        public void delete(String key) {
            objects.remove(key);
        }
    }

    static final class Repository implements MediaRepository {

        final Map<MediaId, Media> rows = new LinkedHashMap<>();

        @Override
        public synchronized Media addUnlessDuplicate(Media media) {
            return findByChecksum(media.checksum()).orElseGet(() -> {
                rows.put(media.id(), media);
                return media;
            });
        }

        @Override
        public synchronized Media update(Media media) {
            Media current = rows.get(media.id());
            if (current == null || current.version() != media.version()) {
                throw new StaleVersionException("media");
            }
            Media saved = new Media(media.id(), media.storageKey(), media.type(), media.sizeBytes(), media.width(),
                    media.height(), media.altText(), media.caption(), media.cdnUrl(), media.checksum(),
                    media.createdBy(), media.createdAt(), media.generationPrompt(), media.generationMetadata(),
                    media.watermarked(), media.version() + 1);
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public synchronized void remove(Media media) {
            rows.remove(media.id());
        }

        @Override
        public synchronized Optional<Media> find(MediaId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public synchronized Optional<Media> findByChecksum(String checksum) {
            return rows.values().stream().filter(m -> m.checksum().equals(checksum)).findFirst();
        }

        @Override
        public synchronized Page<Media> list(MediaFilter filter, PageRequest page) {
            List<Media> all = rows.values().stream()
                    .filter(m -> filter.type() == null || m.type() == filter.type())
                    .sorted(Comparator.comparing(Media::createdAt).reversed()).toList();
            return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                    all.size());
        }
    }

    static final class Variants implements MediaVariantRepository {

        final Map<String, MediaVariant> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<MediaVariant> find(MediaId media, String storageKey) {
            return Optional.ofNullable(rows.get(storageKey)).filter(v -> v.mediaId().equals(media));
        }

        @Override
        public void record(MediaVariant variant) {
            rows.putIfAbsent(variant.storageKey(), variant);
        }

        @Override
        public List<MediaVariant> variantsOf(MediaId media) {
            return rows.values().stream().filter(v -> v.mediaId().equals(media)).toList();
        }
    }

    static final class WatermarkSettings implements WatermarkSettingsRepository {

        Watermark current = Watermark.none();

        @Override
        public Watermark current() {
            return current;
        }

        @Override
        public Watermark update(Watermark watermark) {
            if (watermark.version() != current.version()) {
                throw new StaleVersionException("watermark");
            }
            current = new Watermark(watermark.enabled(), watermark.text(), watermark.imageId(), watermark.position(),
                    watermark.opacity(), watermark.scale(), watermark.version() + 1);
            return current;
        }
    }
}
