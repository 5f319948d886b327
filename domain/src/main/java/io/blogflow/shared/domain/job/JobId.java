package io.blogflow.shared.domain.job;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of one background job. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<JobId> parse(String raw) {
        try {
            return Optional.of(new JobId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
