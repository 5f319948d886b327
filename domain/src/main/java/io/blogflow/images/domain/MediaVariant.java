package io.blogflow.images.domain;

import java.util.Objects;

/** A rendition that was generated and stored once: which media, which name and format, under which key, how big. */
public record MediaVariant(MediaId mediaId, String name, MediaType format, String storageKey, int width, int height,
                           long sizeBytes) {

    public MediaVariant {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(storageKey, "storageKey");
        if (width < 1 || height < 1 || sizeBytes < 1) {
            throw new IllegalArgumentException("width, height and size are positive");
        }
    }
}
