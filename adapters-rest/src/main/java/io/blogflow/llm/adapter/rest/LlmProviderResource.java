package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.application.port.in.LlmProvidersUseCase;
import io.blogflow.llm.application.port.in.LlmProvidersUseCase.ProviderValues;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/llm/providers")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LLM providers (admin)", description = "Where LLM calls go: servers of a registered provider type, their "
        + "auth token (encrypted at rest, never returned) and timeouts. Base URLs must be on the allow-list and, unless "
        + "private networks are allowed, resolve to public addresses. Admins only; writes need If-Match; audited.")
public class LlmProviderResource {

    private final LlmProvidersUseCase providers;
    private final SecurityIdentity identity;

    public LlmProviderResource(LlmProvidersUseCase providers, SecurityIdentity identity) {
        this.providers = providers;
        this.identity = identity;
    }

    @Schema(name = "LlmProvider")
    record ProviderResponse(@Schema(required = true) UUID id, String name,
                            @Schema(description = "A registered provider type (see LlmProviderRequest).", example = "openai")
                            String type,
                            String baseUrl,
                            @Schema(required = true,
                                    description = "Whether an auth token is stored; the token itself is never returned.")
                            
                            boolean hasAuthToken,
                            @Schema(required = true) int connectTimeoutMillis,
                            @Schema(required = true) int readTimeoutMillis,
                            @Schema(required = true) boolean enabled,
                            @Schema(required = true) long version) {

        static ProviderResponse from(LlmProvider provider) {
            return new ProviderResponse(provider.id().value(), provider.name(), provider.type().code(),
                    provider.baseUrl().value(), provider.hasAuthToken(),
                    (int) provider.connectTimeout().toMillis(), (int) provider.readTimeout().toMillis(),
                    provider.enabled(), provider.version());
        }
    }

    @Schema(name = "LlmProviderRequest")
    record ProviderRequest(
            @Schema(required = true, maxLength = 80, description = "Unique, ignoring case.") String name,
            @Schema(required = true, maxLength = 20, example = "openai",
                    description = "One of the registered provider types (the enumeration lists them).")
            String type,
            @Schema(maxLength = 2000, example = "https://api.openai.com/v1",
                    description = "http(s), no credentials, query or fragment; host on blogflow.llm.allowed-hosts. "
                            + "Absent: the type's usual base URL (hosted APIs only: openai, anthropic).")
            String baseUrl,
            @Schema(writeOnly = true, maxLength = 4096, description = "Sent to the provider as its protocol wants it (Authorization: Bearer; Anthropic: x-api-key). "
                    + "On PUT: absent (or null) keeps the stored token, \"\" removes it.")
            String authToken,
            @Schema(minimum = "1000", maximum = "600000", defaultValue = "10000") Integer connectTimeoutMillis,
            @Schema(minimum = "1000", maximum = "600000", defaultValue = "120000") Integer readTimeoutMillis,
            @Schema(defaultValue = "true") Boolean enabled) {

        ProviderValues values() {
            return new ProviderValues(name, type, baseUrl, authToken, connectTimeoutMillis, readTimeoutMillis, enabled);
        }

        /** Never the token: request objects can end up in logs. */
        @Override
        public String toString() {
            return values().toString();
        }
    }

    @GET
    @Operation(summary = "All providers, by name")
    public List<ProviderResponse> list() {
        return providers.list().stream().map(ProviderResponse::from).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One provider")
    @APIResponse(responseCode = "200", description = "The provider; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such provider.")
    public RestResponse<ProviderResponse> get(@PathParam("id") ProviderId id) {
        return withETag(providers.get(id));
    }

    @POST
    @Operation(summary = "Register a provider")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field; baseUrl: base-url.invalid, "
            + "base-url.host-not-allowed, base-url.unresolvable or base-url.private-address.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "409", description = "Name taken (llm-provider.name-taken).")
    public RestResponse<ProviderResponse> create(ProviderRequest body, @Context UriInfo uri) {
        LlmProvider created = providers.create(LlmPaths.admin(identity), RequestBodies.required(body).values());
        return RestResponse.ResponseBuilder.<ProviderResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ProviderResponse.from(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a provider's settings",
            description = "Every field as on create; authToken absent keeps the stored token, \"\" removes it.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid field (see create).")
    @APIResponse(responseCode = "404", description = "No such provider.")
    @APIResponse(responseCode = "409", description = "Name taken.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProviderResponse> update(@PathParam("id") ProviderId providerId,
                                                 @HeaderParam("If-Match") String ifMatch, ProviderRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(providers.update(LlmPaths.admin(identity), providerId, expected,
                RequestBodies.required(body).values()));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete a provider",
            description = "A provider that still has models is refused unless cascade=true, which deletes them too.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such provider.")
    @APIResponse(responseCode = "409", description = "It has models and cascade is not true (llm-provider.has-models).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("id") ProviderId providerId, @HeaderParam("If-Match") String ifMatch,
                                     @QueryParam("cascade") boolean cascade) {
        long expected = ETags.requiredVersion(ifMatch);
        providers.delete(LlmPaths.admin(identity), providerId, expected, cascade);
        return RestResponse.noContent();
    }

    private static RestResponse<ProviderResponse> withETag(LlmProvider provider) {
        return RestResponse.ResponseBuilder.ok(ProviderResponse.from(provider)).tag(ETags.of(provider.version()))
                .build();
    }
}
