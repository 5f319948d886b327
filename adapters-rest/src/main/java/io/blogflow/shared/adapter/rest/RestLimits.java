package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.application.port.out.RateLimiter.Limit;

/**
 * Limits the REST edge enforces; built from configuration in bootstrap.
 *
 * @param perPrincipal      authenticated API calls per user (or API token owner)
 * @param perIpOnCredentials login and refresh attempts per client address
 */
public record RestLimits(long maxBodyBytes, Limit perPrincipal, Limit perIpOnCredentials) {
}
