package io.blogflow.images.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats the media library stores and serves. SVG is not one: it can carry scripts. */
public enum MediaType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    private final String mime;
    private final String extension;

    MediaType(String mime, String extension) {
        this.mime = mime;
        this.extension = extension;
    }

    public String mime() {
        return mime;
    }

    public String extension() {
        return extension;
    }

    public static Optional<MediaType> ofMime(String mime) {
        return Arrays.stream(values()).filter(type -> type.mime.equals(mime == null ? "" : mime.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
