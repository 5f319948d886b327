package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.adapter.rest.EditorialDtos.NewSectionRequest;
import io.blogflow.workflow.adapter.rest.EditorialDtos.SectionOrderRequest;
import io.blogflow.workflow.adapter.rest.EditorialDtos.SectionResponse;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/posts/{postId}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial workspace")
public class PostSectionResource {

    private final EditorialWorkspaceUseCase workspaces;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public PostSectionResource(EditorialWorkspaceUseCase workspaces, SecurityIdentity identity, ObjectMapper json) {
        this.workspaces = workspaces;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "A post's sections, by position")
    @APIResponse(responseCode = "200", description = "The sections, positions 1..n.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    public List<SectionResponse> list(@PathParam("postId") PostId postId) {
        return workspaces.sections(postId, EditorialDtos.actor(identity)).stream()
                .map(SectionResponse::of).toList();
    }

    @POST
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Operation(summary = "Add a section", description = "At position (1..n+1, default last); later sections move "
            + "down one.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = SectionResponse.class)))
    @APIResponse(responseCode = "400", description = "Position out of range, unknown field, wrong type or too long.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    public RestResponse<SectionResponse> add(@PathParam("postId") PostId post, NewSectionRequest body,
                                             @Context UriInfo uri) {
        NewSectionRequest request = body == null ? new NewSectionRequest(null, null) : body;
        PostSection added = workspaces.addSection(post, EditorialDtos.actor(identity), request.position(),
                request.fields());
        return RestResponse.ResponseBuilder.<SectionResponse>created(uri.getBaseUriBuilder()
                        .path("api/v1/posts").path(post.toString()).path("sections").path(added.id().toString())
                        .build())
                .tag(ETags.of(added.version())).entity(SectionResponse.of(added)).build();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "One section")
    @APIResponse(responseCode = "200", description = "The section; ETag carries its version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such post or section.")
    public RestResponse<SectionResponse> get(@PathParam("postId") PostId postId, @PathParam("id") String id) {
        return withETag(workspaces.section(postId, EditorialDtos.sectionId(id),
                EditorialDtos.actor(identity)));
    }

    @PATCH
    @Path("{id}")
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a section's fields (JSON Merge Patch, RFC 7396, over the fields object)",
            description = "Keys present replace the value, null clears the field, absent keys stay. Every key must "
                    + "be a section field of the registry. The position changes only through the order endpoint.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = EditorialDtos.FIELDS_DOC)))
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Unknown field key, wrong type or too long.")
    @APIResponse(responseCode = "404", description = "No such post or section.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<SectionResponse> patch(@PathParam("postId") PostId post, @PathParam("id") String id,
                                               @Parameter(description = EditorialDtos.IF_MATCH_DOC)
                                               @HeaderParam("If-Match") String ifMatch,
                                               String body) throws JsonProcessingException {
        UUID section = EditorialDtos.sectionId(id);
        long expected = ETags.requiredVersion(ifMatch);
        var actor = EditorialDtos.actor(identity);
        PostSection current = workspaces.section(post, section, actor);
        if (current.version() != expected) {
            throw new StaleVersionException("section", current.version());
        }
        var fields = EditorialDtos.merge(json, EditorialField.Scope.SECTION, current.fields().values(), body);
        return withETag(workspaces.updateSection(post, section, actor, expected, fields));
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove a section", description = "Later sections move up one, so positions stay 1..n.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such post or section.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<Void> delete(@PathParam("postId") PostId post, @PathParam("id") String id,
                                     @Parameter(description = EditorialDtos.IF_MATCH_DOC)
                                     @HeaderParam("If-Match") String ifMatch) {
        UUID section = EditorialDtos.sectionId(id);
        workspaces.deleteSection(post, section, EditorialDtos.actor(identity), ETags.requiredVersion(ifMatch));
        return RestResponse.noContent();
    }

    @PUT
    @Path("order")
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Operation(summary = "Reorder the sections", description = "ids is the full new order: exactly the post's "
            + "section ids, each once. Applied atomically; concurrent reorders apply one after the other. Section "
            + "versions do not change (a position is not content).")
    @APIResponse(responseCode = "200", description = "The sections in their new order.")
    @APIResponse(responseCode = "400", description = "ids missing, duplicated, or not exactly the post's sections.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    public List<SectionResponse> reorder(@PathParam("postId") PostId postId, SectionOrderRequest body) {
        return workspaces.reorderSections(postId, EditorialDtos.actor(identity),
                        RequestBodies.required(body).ids()).stream().map(SectionResponse::of).toList();
    }

    private static RestResponse<SectionResponse> withETag(PostSection section) {
        return RestResponse.ResponseBuilder.ok(SectionResponse.of(section)).tag(ETags.of(section.version())).build();
    }
}
