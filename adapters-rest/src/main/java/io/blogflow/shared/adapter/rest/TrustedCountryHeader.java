package io.blogflow.shared.adapter.rest;

import io.vertx.core.http.HttpServerRequest;
import java.util.Optional;

/**
 * The header a trusted proxy or CDN sets to the client's ISO country code (e.g. {@code CF-IPCountry};
 * BLOGFLOW_ANALYTICS_COUNTRY_HEADER). Read by every endpoint that hands analytics a client, so a page view and a
 * share get their country the same way; where it gives none, analytics looks the address up (GeoIP) and keeps only
 * the country.
 *
 * @param name the header; empty: no proxy tells countries
 */
public record TrustedCountryHeader(Optional<String> name) {

    public TrustedCountryHeader {
        name = name.filter(header -> !header.isBlank());
    }

    public static final TrustedCountryHeader NONE = new TrustedCountryHeader(Optional.empty());

    /** The header's value on this request, or null (not configured, or not sent). */
    public String countryOf(HttpServerRequest request) {
        return request == null ? null : name.map(request::getHeader).orElse(null);
    }
}
