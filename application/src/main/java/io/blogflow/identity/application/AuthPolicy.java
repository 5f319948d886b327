package io.blogflow.identity.application;

import io.blogflow.identity.domain.LockoutPolicy;
import java.time.Duration;

/**
 * Session and login rules, from configuration.
 *
 * @param accessTokenTtl  lifetime of an access token (at most 15 minutes)
 * @param sessionLifetime how long a session (and its refresh tokens) lives after login
 * @param refreshGrace    how long a just-rotated refresh token is still accepted, for concurrent refreshes
 */
public record AuthPolicy(Duration accessTokenTtl, Duration sessionLifetime, Duration refreshGrace,
                         LockoutPolicy lockout) {

    public AuthPolicy {
        if (accessTokenTtl.compareTo(Duration.ofMinutes(15)) > 0 || accessTokenTtl.isNegative()
                || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("The access token lifetime must be between 1 s and 15 min");
        }
    }
}
