package io.blogflow.shared.domain;

import java.util.List;

/** One page of results together with the total, so clients can render pagers and follow links. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** No results at all, for the page asked. */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), 0);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
