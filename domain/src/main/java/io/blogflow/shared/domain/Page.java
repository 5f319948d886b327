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

    /** The asked page of a list held whole in memory (a short one: categories, clusters, a post's revisions). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
