package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import java.time.Instant;

/** Issues the short-lived, signed access tokens (JWT) that authenticate API calls. */
public interface AccessTokens {

    /** The claim that names the token's session, checked on every request. */
    String SESSION_CLAIM = "sid";

    IssuedAccessToken issue(User user, SessionId sessionId, Instant now);

    record IssuedAccessToken(String token, long expiresInSeconds) {
    }
}
