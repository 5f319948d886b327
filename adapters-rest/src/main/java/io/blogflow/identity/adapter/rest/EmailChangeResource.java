package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/me/email")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
public class EmailChangeResource {

    private final AccountSelfServiceUseCase accounts;
    private final SecurityIdentity identity;

    public EmailChangeResource(AccountSelfServiceUseCase accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @Schema(name = "EmailChangeRequest")
    public record EmailChangeRequest(@Schema(required = true, example = "ada@new.example") String newEmail,
                                     @Schema(required = true) String currentPassword) {
    }

    @POST
    @Operation(operationId = "requestEmailChange", summary = "Change my email address",
            description = "Mails a confirmation link to the new address; the account's email changes when it is "
                    + "confirmed with POST /api/v1/auth/verify-email (24 h). Audited.")
    @APIResponse(responseCode = "202", description = "The confirmation is on its way to the new address.")
    @APIResponse(responseCode = "400", description = "Invalid address, or wrong current password.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An API token (login sessions only).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The address has an account already.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Map<String, String>> change(EmailChangeRequest body) {
        EmailChangeRequest request = RequestBodies.required(body);
        accounts.requestEmailChange(Principals.userId(identity), request.currentPassword(), request.newEmail());
        return RestResponse.status(RestResponse.Status.ACCEPTED, Map.of("status", "confirmation-sent"));
    }
}
