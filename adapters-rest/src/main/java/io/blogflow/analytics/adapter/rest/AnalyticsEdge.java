package io.blogflow.analytics.adapter.rest;

import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import java.util.Optional;

/**
 * How the public event endpoint treats its callers; built from configuration in bootstrap.
 *
 * @param countryHeader a header set by a trusted proxy or CDN with the client's country code (e.g. CF-IPCountry)
 * @param perClient     events requests per client address
 */
public record AnalyticsEdge(Optional<String> countryHeader, Limit perClient) {
}
