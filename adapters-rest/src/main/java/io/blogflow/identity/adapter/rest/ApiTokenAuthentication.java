package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.AuthenticateApiTokenUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * {@code Authorization: Bearer bf_…} authenticates as an API token: the owner is the principal, the token's
 * effective scopes are its permissions, and it has no roles (so no account or admin endpoint accepts it). Any other
 * bearer value is left to the JWT mechanism.
 */
@ApplicationScoped
public class ApiTokenAuthentication implements HttpAuthenticationMechanism {

    public static final String TOKEN_ID_ATTRIBUTE = "blogflow.api-token-id";
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER + "bf_")) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        var request = new ApiTokenRequest(header.substring(BEARER.length()).strip());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    /** Ahead of the JWT mechanism, which would otherwise try to parse the token as a JWT. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    public static final class ApiTokenRequest extends BaseAuthenticationRequest {

        private final String secret;

        ApiTokenRequest(String secret) {
            this.secret = secret;
        }
    }

    @ApplicationScoped
    public static class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

        private final AuthenticateApiTokenUseCase tokens;

        public ApiTokenIdentityProvider(AuthenticateApiTokenUseCase tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<ApiTokenRequest> getRequestType() {
            return ApiTokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                var token = tokens.authenticate(request.secret)
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked API token"));
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(token.owner().toString()))
                        .addPermissionsAsString(token.permissions())
                        .addAttribute(TOKEN_ID_ATTRIBUTE, token.tokenId().toString());
                RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
                if (http != null) {
                    identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, http);
                }
                return identity.build();
            });
        }
    }
}
