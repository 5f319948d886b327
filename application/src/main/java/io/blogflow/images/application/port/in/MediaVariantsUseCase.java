package io.blogflow.images.application.port.in;

import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.VariantName;

/**
 * The bytes the public sees. {@code original} is the stored original as is (never converted, never watermarked).
 * A width variant is rendered on its first request, in WebP when the client accepts it (GIFs stay GIF: palette
 * images gain little from WebP), with the watermark when enabled, then stored and recorded so it is rendered once.
 */
public interface MediaVariantsUseCase {

    VariantContent variant(MediaId id, VariantName name, boolean acceptsWebp);

    /**
     * @param body the bytes, streamed from storage as they are sent (the caller sends or closes it)
     * @param key  the variant's content key: changes whenever its bytes would (a strong ETag)
     */
    record VariantContent(MediaStorage.Content body, String mime, String key) {

        /** The bytes whole: reads (and closes) the body. */
        public byte[] bytes() {
            return body.readAll();
        }
    }
}
