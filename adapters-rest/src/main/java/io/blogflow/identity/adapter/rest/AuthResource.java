package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.adapter.rest.AuthDtos.LoginRequest;
import io.blogflow.identity.adapter.rest.AuthDtos.RefreshRequest;
import io.blogflow.identity.adapter.rest.AuthDtos.TokenResponse;
import io.blogflow.identity.application.port.in.LogInUseCase;
import io.blogflow.identity.application.port.in.RefreshSessionUseCase;
import io.blogflow.identity.application.port.in.SessionsUseCase;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.adapter.rest.Throttle;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Log in, rotate refresh tokens, log out.")
public class AuthResource {

    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final SessionsUseCase sessions;
    private final SecurityIdentity identity;
    private final RateLimiter limiter;
    private final RestLimits limits;

    public AuthResource(LogInUseCase logIn, RefreshSessionUseCase refresh, SessionsUseCase sessions,
                        SecurityIdentity identity, RateLimiter limiter, RestLimits limits) {
        this.logIn = logIn;
        this.refresh = refresh;
        this.sessions = sessions;
        this.identity = identity;
        this.limiter = limiter;
        this.limits = limits;
    }

    @POST
    @Path("login")
    @PermitAll
    @Operation(summary = "Log in with email and password",
            description = "Starts a session. Unknown email, wrong password, locked or inactive account all answer "
                    + "the same 401. Repeated failures lock the account with growing lock times.")
    @APIResponse(responseCode = "200", description = "A short-lived access token and a single-use refresh token.")
    @APIResponse(responseCode = "401", description = "Invalid credentials.")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address.")
    public TokenResponse logIn(LoginRequest body, @Context HttpServerRequest request) {
        throttleByAddress(request);
        LoginRequest login = RequestBodies.required(body);
        return TokenResponse.from(logIn.logIn(
                new LogInUseCase.LogInCommand(login.email(), login.password(), ClientInfos.of(request))));
    }

    @POST
    @Path("refresh")
    @PermitAll
    @Operation(summary = "Trade a refresh token for a new token pair",
            description = "Rotation: the presented refresh token stops working. Presenting an already rotated token "
                    + "again (after a short grace period for concurrent refreshes) revokes the whole session.")
    @APIResponse(responseCode = "200", description = "A new access token and refresh token.")
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token.")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address.")
    public TokenResponse refresh(RefreshRequest body, @Context HttpServerRequest request) {
        throttleByAddress(request);
        return TokenResponse.from(refresh.refresh(RequestBodies.required(body).refreshToken()));
    }

    /** Credential guessing is slowed per client address, before any password hashing is spent on it. */
    private void throttleByAddress(HttpServerRequest request) {
        Throttle.check(limiter, "credentials-ip:" + ClientInfos.of(request).ip(), limits.perIpOnCredentials(),
                request.response());
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.WILDCARD) // no body
    @Authenticated
    @Operation(summary = "End the current session", description = "Its access and refresh tokens stop working.")
    @APIResponse(responseCode = "204", description = "Logged out.")
    public RestResponse<Void> logOut() {
        sessions.logOut(Principals.sessionId(identity));
        return RestResponse.noContent();
    }
}
