package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase;
import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase.Invitation;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/invitations")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations (admin)", description = "Invite people by email; they register with the mailed token.")
public class InvitationResource {

    private final AccountSelfServiceUseCase accounts;
    private final SecurityIdentity identity;

    public InvitationResource(AccountSelfServiceUseCase accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @Schema(name = "InvitationRequest")
    public record InvitationRequest(@Schema(required = true, example = "grace@example.com") String email,
                                    @Schema(enumeration = {"contributor", "author", "editor", "admin"},
                                            defaultValue = "contributor") String role) {
    }

    @POST
    @Operation(operationId = "invite", summary = "Invite someone",
            description = "Mails a single-use invitation (7 days) to register with the given role. Audited.")
    @APIResponse(responseCode = "201", description = "Invited.", content = @Content(schema = @Schema(implementation = Invitation.class), examples = @ExampleObject(
            name = "invited", value = "{\"email\": \"grace@example.com\", \"role\": \"author\", "
            + "\"expiresAt\": \"2026-01-12T10:00:00Z\"}")))
    @APIResponse(responseCode = "400", description = "Invalid email or role.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin, or an API token.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The address has an account already.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Invitation> invite(InvitationRequest body) {
        InvitationRequest request = RequestBodies.required(body);
        return RestResponse.status(RestResponse.Status.CREATED,
                accounts.invite(Principals.userId(identity), request.email(), request.role()));
    }
}
