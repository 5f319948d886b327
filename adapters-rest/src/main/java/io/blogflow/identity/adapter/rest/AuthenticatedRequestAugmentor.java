package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.CheckSessionUseCase;
import io.blogflow.identity.application.port.out.AccessTokens;
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
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs for every authenticated request. An access token is only as alive as its session: after logout,
 * revocation, a password change or deactivation, tokens that have not expired yet stop working (tokens without a
 * session claim are refused outright). Then the caller's per-principal rate limit is applied, and a session's
 * roles are turned into the permissions endpoints ask for.
 */
@ApplicationScoped
public class AuthenticatedRequestAugmentor implements SecurityIdentityAugmentor {

    /** Clocks of several instances may differ a little; more than this is not drift. */
    private static final Duration ISSUED_AT_SKEW = Duration.ofSeconds(60);

    private final CheckSessionUseCase sessions;
    private final SessionCheckCache cache;
    private final RateLimiter limiter;
    private final RestLimits limits;
    private final Clock clock;

    public AuthenticatedRequestAugmentor(CheckSessionUseCase sessions, SessionCheckCache cache, RateLimiter limiter,
                                 RestLimits limits, Clock clock) {
        this.clock = clock;
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
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(() -> throttled(identity));
        }
        if (token.getIssuedAtTime() > clock.instant().plus(ISSUED_AT_SKEW).getEpochSecond()) {
            // We never issue tokens dated ahead: one that says so was not made by our clock.
            return Uni.createFrom().failure(new AuthenticationFailedException("The token is issued in the future."));
        }
        Optional<SessionId> session = SessionId.parse(token.getClaim(AccessTokens.SESSION_CLAIM));
        if (session.isPresent() && cache.isKnownActive(session.get())) {
            // The common case stays on the I/O thread: no database, no hop to a worker thread.
            return Uni.createFrom().item(() -> withRolePermissions(throttled(identity)));
        }
        return context.runBlocking(() -> {
            if (session.isEmpty() || !cache.isActive(session.get(), sessions::isActive)) {
                throw new AuthenticationFailedException("The session of this access token has ended.");
            }
            return withRolePermissions(throttled(identity));
        });
    }

    private static SecurityIdentity withRolePermissions(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addPermissionsAsString(Role.permissionsOf(identity.getRoles().stream()
                        .filter(AuthenticatedRequestAugmentor::isRole).map(Role::valueOf).toList()))
                .build();
    }

    private SecurityIdentity throttled(SecurityIdentity identity) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(identity);
        Throttle.check(limiter, "principal:" + identity.getPrincipal().getName(), limits.perPrincipal(),
                http == null ? null : http.response());
        return identity;
    }

    private static boolean isRole(String group) {
        return java.util.Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(group));
    }
}
