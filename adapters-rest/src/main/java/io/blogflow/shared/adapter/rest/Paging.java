package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.Validation;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** The {@code page}/{@code size} query parameters and the RFC 8288 {@code Link} header of a paged list. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest request(String page, String size) {
        var validation = new Validation();
        Integer pageNumber = validation.field("page", () -> positiveInt("page", page, 1));
        Integer pageSize = validation.field("size", () -> positiveInt("size", size, PageRequest.DEFAULT_SIZE));
        validation.throwIfInvalid();
        return new PageRequest(pageNumber, pageSize);
    }

    /** first, prev, next and last links that keep every other query parameter of the request. */
    public static Link[] links(Page<?> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        int last = Math.max(1, page.totalPages());
        links.add(link(uri, 1, page.size(), "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)).rel(rel).build();
    }

    private static int positiveInt(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other out-of-range value
        }
        throw new InvalidValueException(name + ".invalid", name + " must be a whole number of at least 1.");
    }
}
