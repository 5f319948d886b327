package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.out.AccessTokens;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads who is calling from a login session's verified access token. */
public final class Principals {

    private Principals() {
    }

    /** Account endpoints work with a login session only; an API token is refused with 403. */
    public static JsonWebToken session(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new ForbiddenException("This endpoint needs a login session; API tokens cannot use it.");
    }

    public static UserId userId(SecurityIdentity identity) {
        return UserId.parse(session(identity).getSubject()).orElseThrow(UnauthorizedException::new);
    }

    public static SessionId sessionId(SecurityIdentity identity) {
        return SessionId.parse(session(identity).getClaim(AccessTokens.SESSION_CLAIM)).orElseThrow(UnauthorizedException::new);
    }
}
