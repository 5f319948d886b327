package io.blogflow.images.adapter.rest;

import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaType;
import io.blogflow.shared.adapter.rest.QueryInstants;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import java.time.Instant;

/** The library list's filters, all reported at once when invalid. */
final class MediaQueryParams {

    private MediaQueryParams() {
    }

    static MediaFilter filter(String type, String createdFrom, String createdTo) {
        var validation = new Validation();
        MediaType mediaType = validation.field("type", () -> type(type));
        Instant from = validation.field("createdFrom", () -> QueryInstants.parse("createdFrom", createdFrom));
        Instant to = validation.field("createdTo", () -> QueryInstants.parse("createdTo", createdTo));
        validation.throwIfInvalid();
        MediaFilter filter = validation.field("createdTo", () -> new MediaFilter(mediaType, from, to));
        validation.throwIfInvalid();
        return filter;
    }

    private static MediaType type(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return MediaType.ofMime(raw.strip()).orElseThrow(() -> new InvalidValueException("type.invalid",
                "type must be one of image/jpeg, image/png, image/webp, image/gif."));
    }
}
