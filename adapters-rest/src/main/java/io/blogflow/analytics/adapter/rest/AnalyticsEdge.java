package io.blogflow.analytics.adapter.rest;

import io.blogflow.shared.adapter.rest.TrustedCountryHeader;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;

/**
 * How the public event endpoint treats its callers; built from configuration in bootstrap.
 *
 * @param country   the trusted proxy's country header
 * @param perClient events requests per client address
 */
public record AnalyticsEdge(TrustedCountryHeader country, Limit perClient) {
}
