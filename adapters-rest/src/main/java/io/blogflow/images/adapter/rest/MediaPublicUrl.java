package io.blogflow.images.adapter.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * Where the public renditions are reached: {@code <configured>/…} when a public URL is configured (a CDN or proxy in
 * front of {@code /media}), otherwise the address the API request came to ({@code <request base>/media/…}), so
 * answers work on every host the API is served from.
 *
 * @param configured may be null
 * @param widths     the configured responsive widths, ascending
 */
public record MediaPublicUrl(URI configured, List<Integer> widths) {

    public MediaPublicUrl {
        widths = List.copyOf(widths);
    }

    URI base(UriInfo request) {
        return base(request.getBaseUri());
    }

    /** @param requestBase the API's base address of the current request (used when none is configured) */
    public URI base(URI requestBase) {
        String base = configured != null ? configured.toString() : requestBase.resolve("media").toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
