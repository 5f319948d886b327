package io.blogflow.images.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;

/** Which media a list shows: of one type (null: all), created in [{@code createdFrom}, {@code createdTo}). */
public record MediaFilter(MediaType type, Instant createdFrom, Instant createdTo) {

    public MediaFilter {
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new InvalidValueException("created-to.before-from", "createdTo must be after createdFrom.");
        }
    }

    public static MediaFilter all() {
        return new MediaFilter(null, null, null);
    }
}
