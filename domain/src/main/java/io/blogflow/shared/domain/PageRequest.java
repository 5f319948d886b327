package io.blogflow.shared.domain;

/** A 1-based page of a list. The size is capped at {@link #MAX_SIZE} so no client can ask for the whole table. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidValueException("page.too-small", "page starts at 1.");
        }
        if (size < 1) {
            throw new InvalidValueException("size.too-small", "size must be at least 1.");
        }
        size = Math.min(size, MAX_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
