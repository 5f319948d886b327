package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;

/** One page cut from a fake's whole, already ordered result, as a repository would answer it. */
public final class InMemoryPages {

    private InMemoryPages() {
    }

    public static <T> Page<T> page(List<T> ordered, PageRequest request) {
        List<T> items = ordered.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, request.page(), request.size(), ordered.size());
    }
}
