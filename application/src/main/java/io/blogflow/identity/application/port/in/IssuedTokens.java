package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.SessionId;

/** What a login or refresh hands back; the refresh token is shown here once and stored only as a hash. */
public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds, SessionId sessionId) {
}
