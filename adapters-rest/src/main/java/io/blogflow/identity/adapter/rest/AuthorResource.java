package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.adapter.rest.AccountDtos.AuthorResponse;
import io.blogflow.identity.application.port.in.AccountUseCase;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.shared.domain.UserId;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/authors")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Read without authentication.")
public class AuthorResource {

    private final AccountUseCase accounts;

    public AuthorResource(AccountUseCase accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An author's public profile", description = "Name and profile only: no email, role or status.")
    @APIResponse(responseCode = "200", description = "The author's public profile.")
    @APIResponse(responseCode = "404", description = "No such (active) author.")
    public AuthorResponse get(@PathParam("id") String id) {
        UserId userId = UserId.parse(id).orElseThrow(() -> new UserNotFound(id));
        var user = accounts.get(userId);
        if (!user.active()) {
            throw new UserNotFound(id);
        }
        return AuthorResponse.from(user);
    }
}
