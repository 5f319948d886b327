package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads who is calling from the verified access token. */
public final class Principals {

    public static final String SESSION_CLAIM = "sid";

    private Principals() {
    }

    public static UserId userId(JsonWebToken token) {
        return UserId.parse(token.getSubject()).orElseThrow(UnauthorizedException::new);
    }

    public static SessionId sessionId(JsonWebToken token) {
        return SessionId.parse(token.getClaim(SESSION_CLAIM)).orElseThrow(UnauthorizedException::new);
    }
}
