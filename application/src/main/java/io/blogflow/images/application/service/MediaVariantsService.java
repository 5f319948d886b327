package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.MediaVariantsUseCase;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.MediaVariant;
import io.blogflow.images.domain.VariantName;
import io.blogflow.images.domain.Watermark;
import io.blogflow.shared.application.port.out.Transactions;

/**
 * Renders a variant on its first request and serves the stored bytes after that, streamed from storage. The key names everything the
 * bytes depend on ({@code <checksum>-w640[-wm<settings version>].<ext>}), so concurrent first requests render the
 * same bytes under the same key (the atomic, idempotent put and the idempotent record make the double work
 * harmless), and a watermark change leads to new keys instead of stale bytes.
 */
public final class MediaVariantsService implements MediaVariantsUseCase {

    private final MediaRepository media;
    private final MediaVariantRepository variants;
    private final WatermarkSettingsRepository watermarks;
    private final MediaStorage storage;
    private final ImageProcessor processor;
    private final Transactions transactions;

    public MediaVariantsService(MediaRepository media, MediaVariantRepository variants,
                                WatermarkSettingsRepository watermarks, MediaStorage storage, ImageProcessor processor,
                                Transactions transactions) {
        this.media = media;
        this.variants = variants;
        this.watermarks = watermarks;
        this.storage = storage;
        this.processor = processor;
        this.transactions = transactions;
    }

    @Override
    public VariantContent variant(MediaId id, VariantName name, boolean acceptsWebp) {
        Media item = media.find(id).orElseThrow(() -> new MediaErrors.NotFound(id.toString()));
        if (name.isOriginal()) {
            return new VariantContent(storage.open(item.storageKey()).orElseThrow(() -> missing(item)),
                    item.type().mime(), item.storageKey());
        }
        MediaType format = format(item.type(), acceptsWebp);
        Watermark watermark = watermarks.current();
        boolean marked = watermark.enabled() && item.watermarked() && !watermark.uses(item.id());
        String key = item.checksum() + "-" + name + (marked ? "-wm" + watermark.version() : "") + "."
                + format.extension();
        if (variants.find(item.id(), key).isPresent()) {
            var stored = storage.open(key);
            if (stored.isPresent()) {
                return new VariantContent(stored.get(), format.mime(), key);
            }
        }
        byte[] rendered = processor.render(original(item), item.type(), name.width(), format,
                marked ? layer(watermark) : null);
        storage.put(key, rendered);
        int width = Math.min(name.width(), item.width()); // render never scales up and keeps the aspect
        int height = Math.max(1, (int) Math.round((double) item.height() * width / item.width()));
        transactions.inTransaction(() -> variants.record(
                new MediaVariant(item.id(), name.value(), format, key, width, height, rendered.length)));
        return new VariantContent(MediaStorage.Content.of(rendered), format.mime(), key);
    }

    /** WebP when accepted; GIF stays GIF (palette images gain little); a WebP original falls back to PNG (alpha). */
    static MediaType format(MediaType original, boolean acceptsWebp) {
        if (original == MediaType.GIF) {
            return MediaType.GIF;
        }
        if (acceptsWebp) {
            return MediaType.WEBP;
        }
        return original == MediaType.WEBP ? MediaType.PNG : original;
    }

    private byte[] original(Media item) {
        return storage.get(item.storageKey()).orElseThrow(() -> missing(item));
    }

    private static IllegalStateException missing(Media item) {
        return new IllegalStateException("The stored bytes of media " + item.id() + " are missing");
    }

    /** A watermark image deleted meanwhile can't happen (it is in use), so a missing one is a bug worth a 500. */
    private WatermarkLayer layer(Watermark watermark) {
        byte[] image = watermark.imageId() == null ? null : original(media.find(watermark.imageId())
                .orElseThrow(() -> new IllegalStateException("The watermark image is missing")));
        return new WatermarkLayer(image == null ? watermark.text() : null, image, watermark.position(),
                watermark.opacity(), watermark.scale());
    }
}
