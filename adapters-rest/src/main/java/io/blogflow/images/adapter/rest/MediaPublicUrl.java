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
        String base = configured != null ? configured.toString() : request.getBaseUri().resolve("media").toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
