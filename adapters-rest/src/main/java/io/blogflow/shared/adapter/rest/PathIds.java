package io.blogflow.shared.adapter.rest;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids in paths. */
public final class PathIds {

    private PathIds() {
    }

    /** A malformed id names nothing: the same 404 as an unknown one, which {@code notFound} makes. */
    public static UUID uuid(String raw, Supplier<? extends RuntimeException> notFound) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw notFound.get();
        }
    }
}
