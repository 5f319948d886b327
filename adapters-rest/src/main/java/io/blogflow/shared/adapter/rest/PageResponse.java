package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope of every paged endpoint; navigation links are in the Link header. */
public record PageResponse<T>(
        List<T> items,
        @Schema(required = true, description = "1-based page number.") int page,
        @Schema(required = true, description = "Page size actually used (requests above the cap are capped).") int size,
        @Schema(required = true, description = "Number of items over all pages.") long total) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> toDto) {
        return new PageResponse<>(page.items().stream().map(toDto).toList(), page.page(), page.size(), page.total());
    }
}
