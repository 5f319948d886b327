package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.out.PublishedPage;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The public list's RFC 8288 links, keeping every other query parameter: first (page 1), prev (by number, for pages
 * asked by number), next (by cursor, at any depth) and last (by number, only when the last page is within reach of
 * numbers; past {@link PublicPostsUseCase#MAX_OFFSET} it would be refused).
 */
final class PublicListLinks {

    private PublicListLinks() {
    }

    static List<Link> of(PublishedPage published, UriInfo uri) {
        var page = published.page();
        List<Link> links = new ArrayList<>();
        links.add(byNumber(uri, 1, page.size(), "first"));
        if (!published.byCursor() && page.page() > 1) {
            links.add(byNumber(uri, page.page() - 1, page.size(), "prev"));
        }
        if (published.next() != null) {
            links.add(Link.fromUriBuilder(base(uri, page.size()).replaceQueryParam("page")
                    .replaceQueryParam("cursor", PublicCursor.encode(published.next()))).rel("next").build());
        }
        int last = Math.max(1, page.totalPages());
        if (!published.totalCapped() && (long) (last - 1) * page.size() <= PublicPostsUseCase.MAX_OFFSET) {
            links.add(byNumber(uri, last, page.size(), "last"));
        }
        return links;
    }

    private static Link byNumber(UriInfo uri, int number, int size, String rel) {
        return Link.fromUriBuilder(base(uri, size).replaceQueryParam("cursor").replaceQueryParam("page", number))
                .rel(rel).build();
    }

    private static UriBuilder base(UriInfo uri, int size) {
        return uri.getRequestUriBuilder().replaceQueryParam("size", size);
    }
}
