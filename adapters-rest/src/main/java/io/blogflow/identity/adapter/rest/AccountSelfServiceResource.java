package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.adapter.rest.AccountDtos.AccountResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase;
import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase.Registration;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.adapter.rest.TokenRequest;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.adapter.rest.Throttle;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Registration, email verification and password reset: public, throttled per client address. */
@Path("/api/v1/auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account self-service", description = "Register (per the registration mode), verify an email address, "
        + "reset a forgotten password. Tokens arrive by email; each works once.")
public class AccountSelfServiceResource {

    private final AccountSelfServiceUseCase accounts;
    private final RateLimiter limiter;
    private final RestLimits limits;

    public AccountSelfServiceResource(AccountSelfServiceUseCase accounts, RateLimiter limiter, RestLimits limits) {
        this.accounts = accounts;
        this.limiter = limiter;
        this.limits = limits;
    }

    @Schema(name = "RegistrationRequest")
    public record RegisterRequest(@Schema(required = true, example = "Ada Lovelace") String name,
                                  @Schema(required = true, example = "ada@example.com") String email,
                                  @Schema(required = true, example = "a long passphrase") String password,
                                  @Schema(description = "The token of an invitation (required in invite mode)")
                                  String invitationToken) {
    }

    @Schema(name = "PasswordResetRequest")
    public record ResetRequest(@Schema(required = true, example = "ada@example.com") String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    public record ResetConfirmation(@Schema(required = true) String token,
                                    @Schema(required = true) String newPassword) {
    }

    @POST
    @Path("register")
    @Operation(operationId = "register", summary = "Create an account",
            description = "Mode open: a contributor account that must verify its email (the link is mailed) before "
                    + "logging in; answers 202 whether or not the address already has an account. With an "
                    + "invitationToken (modes invite and open): the invited role, active at once (201). Mode closed: "
                    + "403.")
    @APIResponse(responseCode = "201", description = "Registered with an invitation: the account.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "202", description = "A verification email is on its way (if the address is new).",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "status", type = SchemaType.STRING)), examples = @ExampleObject(name = "sent", value = "{\"status\": \"verification-sent\"}")))
    @APIResponse(responseCode = "400", description = "Invalid name, email or password (field errors), or an invalid, "
            + "used or expired invitation (code account-token.invalid).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Registration is closed, or needs an invitation "
            + "(code registration.closed).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The invited address has an account already.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Object> register(RegisterRequest body, @Context HttpServerRequest request) {
        throttle(request);
        RegisterRequest registration = RequestBodies.required(body);
        Optional<User> invited = accounts.register(new Registration(registration.name(), registration.email(),
                registration.password(), Optional.ofNullable(registration.invitationToken())));
        return invited.<RestResponse<Object>>map(user -> RestResponse.status(RestResponse.Status.CREATED,
                        AccountResponse.from(user)))
                .orElseGet(() -> RestResponse.status(RestResponse.Status.ACCEPTED,
                        Map.of("status", "verification-sent")));
    }

    @POST
    @Path("verify-email")
    @Operation(operationId = "verifyEmail", summary = "Verify an email address",
            description = "The token from a registration email activates the account; the token from an email-change "
                    + "email makes the new address the account's email.")
    @APIResponse(responseCode = "204", description = "Verified.")
    @APIResponse(responseCode = "400", description = "Invalid, used or expired token (code account-token.invalid).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The new address was taken meanwhile.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Void> verifyEmail(TokenRequest body, @Context HttpServerRequest request) {
        throttle(request);
        accounts.verifyEmail(TokenRequest.tokenOf(body));
        return RestResponse.noContent();
    }

    @POST
    @Path("password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset link",
            description = "Always 202 with the same body, whether or not the address has an account (the work "
                    + "happens in a job). The link works once, for 30 minutes.")
    @APIResponse(responseCode = "202", description = "If the address has an account, a link is on its way.",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "status", type = SchemaType.STRING)), examples = @ExampleObject(name = "accepted", value = "{\"status\": \"accepted\"}")))
    @APIResponse(responseCode = "400", description = "No body.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many requests from this client or for this email.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Map<String, String>> requestReset(ResetRequest body, @Context HttpServerRequest request) {
        throttle(request);
        accounts.requestPasswordReset(RequestBodies.required(body).email(), ClientInfos.of(request).ip());
        return RestResponse.status(RestResponse.Status.ACCEPTED, Map.of("status", "accepted"));
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a reset token",
            description = "Ends every session of the account.")
    @APIResponse(responseCode = "204", description = "The password is changed.")
    @APIResponse(responseCode = "400", description = "Weak password (field errors), or an invalid, used or expired "
            + "token (code account-token.invalid).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Void> confirmReset(ResetConfirmation body, @Context HttpServerRequest request) {
        throttle(request);
        ResetConfirmation confirmation = RequestBodies.required(body);
        accounts.resetPassword(confirmation.token(), confirmation.newPassword());
        return RestResponse.noContent();
    }

    private void throttle(HttpServerRequest request) {
        Throttle.check(limiter, "credentials-ip:" + ClientInfos.of(request).ip(), limits.perIpOnCredentials(),
                request.response());
    }
}
