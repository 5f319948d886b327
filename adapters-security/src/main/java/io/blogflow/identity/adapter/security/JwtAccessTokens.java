package io.blogflow.identity.adapter.security;

import io.blogflow.identity.application.port.out.AccessTokens;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256-signed access tokens (SmallRye JWT; key from {@code smallrye.jwt.sign.key.location}). Claims: iss, aud,
 * sub (user id), iat, exp, jti, groups (the role and the roles it includes), sid (session id), email.
 */
public class JwtAccessTokens implements AccessTokens {

    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    public JwtAccessTokens(String issuer, String audience, Duration lifetime) {
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    @Override
    public IssuedAccessToken issue(User user, SessionId sessionId, Instant now) {
        Set<String> groups = user.role().withIncludedRoles().stream().map(Role::name).collect(Collectors.toSet());
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .claim("email", user.email().value())
                .groups(groups)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        return new IssuedAccessToken(token, lifetime.toSeconds());
    }
}
