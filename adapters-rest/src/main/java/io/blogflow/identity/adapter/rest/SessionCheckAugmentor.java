package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.CheckSessionUseCase;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.SessionId;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.adapter.rest.Throttle;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs for every authenticated request. An access token is only as alive as its session: after logout,
 * revocation, a password change or deactivation, tokens that have not expired yet stop working (tokens without a
 * session claim are refused outright). Then the caller's per-principal rate limit is applied.
 */
@ApplicationScoped
public class SessionCheckAugmentor implements SecurityIdentityAugmentor {

    private final CheckSessionUseCase sessions;
    private final SessionCheckCache cache;
    private final RateLimiter limiter;
    private final RestLimits limits;

    public SessionCheckAugmentor(CheckSessionUseCase sessions, SessionCheckCache cache, RateLimiter limiter,
                                 RestLimits limits) {
        this.sessions = sessions;
        this.cache = cache;
        this.limiter = limiter;
        this.limits = limits;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(identity);
            if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
                throttle(identity, http);
                return identity;
            }
            if (!sessionAlive(token)) {
                throw new AuthenticationFailedException("The session of this access token has ended.");
            }
            throttle(identity, http);
            return QuarkusSecurityIdentity.builder(identity)
                    .addPermissionsAsString(Role.permissionsOf(identity.getRoles().stream()
                            .filter(SessionCheckAugmentor::isRole).map(Role::valueOf).toList()))
                    .build();
        });
    }

    private void throttle(SecurityIdentity identity, RoutingContext http) {
        Throttle.check(limiter, "principal:" + identity.getPrincipal().getName(), limits.perPrincipal(),
                http == null ? null : http.response());
    }

    private static boolean isRole(String group) {
        return java.util.Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(group));
    }

    private boolean sessionAlive(JsonWebToken token) {
        return SessionId.parse(token.getClaim(Principals.SESSION_CLAIM))
                .map(session -> cache.isActive(session, sessions::isActive))
                .orElse(false);
    }
}
