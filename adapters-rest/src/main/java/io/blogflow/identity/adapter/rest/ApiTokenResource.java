package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.ApiTokensUseCase;
import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.IdentityErrors.ApiTokenNotFound;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Managed with a login session only: an API token cannot create or list tokens. */
@Path("/api/v1/me/api-tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
public class ApiTokenResource {

    private final ApiTokensUseCase tokens;
    private final SecurityIdentity identity;

    public ApiTokenResource(ApiTokensUseCase tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @Schema(name = "NewApiToken")
    record CreateRequest(@Schema(required = true, maxLength = 100) String name,
                         @Schema(required = true, description = "Subset of posts:read, posts:write, posts:publish, "
                                 + "posts:manage-all, within your role.") Set<String> scopes,
                         @Schema(description = "Optional expiry; never expires when absent.") Instant expiresAt) {
    }

    @Schema(name = "ApiToken")
    record TokenResponse(@Schema(required = true) UUID id,
                         String name,
                         @Schema(description = "First characters, to recognise it.")
                         String prefix,
                         Set<String> scopes,
                         @Schema(required = true) Instant createdAt,
                         Instant expiresAt,
                         Instant lastUsedAt, Instant revokedAt,
                         @Schema(description = "The secret: present only in the creation response.") String token) {

        static TokenResponse from(ApiToken t, String secret) {
            return new TokenResponse(t.id(), t.name(), t.displayPrefix(), t.scopes(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    @POST
    @Operation(summary = "Create an API token",
            description = "Send it as Authorization: Bearer bf_…. The secret is shown in this response only.")
    @APIResponse(responseCode = "201", description = "Created; copy the token now.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public RestResponse<TokenResponse> create(CreateRequest body) {
        CreateRequest request = RequestBodies.required(body);
        var created = tokens.create(Principals.userId(identity), request.name(), request.scopes(), request.expiresAt());
        return RestResponse.status(RestResponse.Status.CREATED, TokenResponse.from(created.token(), created.secret()));
    }

    @GET
    @Operation(summary = "My API tokens (never their secrets)")
    public List<TokenResponse> list() {
        return tokens.list(Principals.userId(identity)).stream().map(t -> TokenResponse.from(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such token of mine.")
    public RestResponse<Void> revoke(@PathParam("id") String id) {
        tokens.revoke(Principals.userId(identity), PathIds.uuid(id, () -> new ApiTokenNotFound(id)));
        return RestResponse.noContent();
    }
}
