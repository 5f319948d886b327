package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.CheckSessionUseCase;
import io.blogflow.identity.domain.SessionId;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An access token is only as alive as its session: after logout, revocation, a password change or deactivation,
 * tokens that have not expired yet stop working. Tokens without a session claim are refused outright.
 */
@ApplicationScoped
public class SessionCheckAugmentor implements SecurityIdentityAugmentor {

    private final CheckSessionUseCase sessions;
    private final SessionCheckCache cache;

    public SessionCheckAugmentor(CheckSessionUseCase sessions, SessionCheckCache cache) {
        this.sessions = sessions;
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean alive = SessionId.parse(token.getClaim(Principals.SESSION_CLAIM))
                    .map(session -> cache.isActive(session, sessions::isActive))
                    .orElse(false);
            if (!alive) {
                throw new AuthenticationFailedException("The session of this access token has ended.");
            }
            return identity;
        });
    }
}
