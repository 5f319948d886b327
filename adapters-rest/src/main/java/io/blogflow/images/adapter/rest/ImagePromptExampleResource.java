package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.PromptExampleValues;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/images/prompt-examples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Image prompt examples (admin)", description = "Prompts that worked, with the style, format, provider type and setting they were made with. Readers need posts:read; writes are admins', need If-Match and are audited.")
public class ImagePromptExampleResource {

    private final CatalogEndpoint<PromptExample, PromptExampleValues, PromptExampleResponse> endpoint;
    private final SecurityIdentity identity;

    public ImagePromptExampleResource(ImageCatalogUseCase<PromptExample, PromptExampleValues> catalog, SecurityIdentity identity) {
        this.endpoint = new CatalogEndpoint<>(catalog, "image-prompt-example", ImagePromptExampleResource::dto, s -> s.id().value(), PromptExample::version);
        this.identity = identity;
    }

    @Schema(name = "ImagePromptExample")
    record PromptExampleResponse(@Schema(required = true) UUID id,
                                 String prompt,
                                 UUID styleId,
                                 UUID formatId,
                                 String providerType,
                                 UUID settingId,
                                 @Schema(required = true) long version) {
    }

    static PromptExampleResponse dto(PromptExample s) {
        return new PromptExampleResponse(s.id().value(), s.prompt(), s.style() == null ? null : s.style().value(), s.format() == null ? null : s.format().value(), s.providerType(), s.setting() == null ? null : s.setting().value(), s.version());
    }

    @GET
    @PermissionsAllowed(CatalogEndpoint.READ)
    @Operation(summary = "A page of them, in a stable order")
    public RestResponse<PageResponse<PromptExampleResponse>> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return endpoint.list(paging, uri);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(CatalogEndpoint.READ)
    @Operation(summary = "One of them; ETag carries its version")
    @APIResponse(responseCode = "200", description = "The entry; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such entry.")
    public RestResponse<PromptExampleResponse> get(@PathParam("id") String id) {
        return endpoint.get(id);
    }

    @POST
    @RolesAllowed(CatalogEndpoint.ADMIN)
    @Operation(summary = "Create one")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = PromptExampleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (errors[]).")
    @APIResponse(responseCode = "409", description = "Never for examples.")
    public RestResponse<PromptExampleResponse> create(PromptExampleValues body, @Context UriInfo uri) {
        return endpoint.create(identity, body, uri);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(CatalogEndpoint.ADMIN)
    @Operation(summary = "Replace one")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "409", description = "Never for examples.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<PromptExampleResponse> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                         PromptExampleValues body) {
        return endpoint.update(identity, id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CatalogEndpoint.ADMIN)
    @Operation(summary = "Delete one")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Never for examples.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    public RestResponse<Void> delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return endpoint.delete(identity, id, ifMatch);
    }
}
