package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.RedirectsUseCase;
import io.blogflow.blog.application.port.in.RedirectsUseCase.RedirectInput;
import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectErrors;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Page;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Editors' redirects from site paths: create, list, read, change and delete, with optimistic locking. */
@Path("/api/v1/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Redirects", description = "Editors send old site paths to new paths or URLs (301 or 302). Redirects "
        + "never chain (a new redirect onto a redirected path leads to its end; redirects onto a new source are "
        + "re-pointed past it) and loops are refused.")
@APIResponse(responseCode = "400", description = "Invalid fields (all reported at once) or paging.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only editors and admins (posts:manage-all) manage redirects.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RedirectResource {

    private static final String IF_MATCH_DOC = "ETag of the version being changed, e.g. \"3\". Required.";

    private final RedirectsUseCase redirects;
    private final SecurityIdentity identity;

    public RedirectResource(RedirectsUseCase redirects, SecurityIdentity identity) {
        this.redirects = redirects;
        this.identity = identity;
    }

    @Schema(name = "RedirectRequest")
    record RedirectRequest(
            @Schema(required = true, description = "Exact site path: starts with '/', no host, query or fragment, "
                    + "no '//' or dot segments, at most 2000 characters; a trailing slash is dropped.",
                    example = "/old-page") String fromPath,
            @Schema(required = true, description = "A site path or an absolute http(s) URL.",
                    example = "/new-page") String to,
            @Schema(description = "301 (default) or 302.", example = "301") Integer status) {
    }

    @Schema(name = "Redirect")
    record RedirectResponse(@Schema(required = true) UUID id,
                            String fromPath,
                            String to,
                            @Schema(required = true) int status,
                            @Schema(required = true) long version,
                            @Schema(required = true) Instant createdAt,
                            Instant updatedAt) {

        static RedirectResponse from(Redirect redirect) {
            return new RedirectResponse(redirect.id().value(), redirect.from().value(), redirect.to().value(),
                    redirect.status().code(), redirect.version(), redirect.createdAt(), redirect.updatedAt());
        }
    }

    @POST
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "Create a redirect",
            description = "A target that is itself redirected is replaced by where it leads; redirects that led to "
                    + "the new source now lead to the new target.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = RedirectResponse.class)))
    @APIResponse(responseCode = "409", description = "redirect-path-taken, redirect-loop, redirect-conflict (concurrent change) or redirect-shadows-post "
            + "(the source is the address of a post outside the trash).")
    public RestResponse<RedirectResponse> create(RedirectRequest body, @Context UriInfo uri) {
        Redirect created = redirects.create(input(body), PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.<RedirectResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(RedirectResponse.from(created)).build();
    }

    @GET
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "List redirects, by source path")
    @APIResponse(responseCode = "200", description = "One page of redirects; Link has first/prev/next/last.",
            headers = @Header(name = "Link"))
    public RestResponse<PageResponse<RedirectResponse>> list(
            @Parameter(description = "1-based page number.") @QueryParam("page") String page,
            @Parameter(description = "Page size, capped at 100.") @QueryParam("size") String size,
            @Context UriInfo uri) {
        Page<Redirect> found = redirects.list(Paging.request(page, size), PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, RedirectResponse::from))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "Read a redirect")
    @APIResponse(responseCode = "200", description = "The redirect; ETag carries its version.",
            headers = @Header(name = "ETag"), content = @Content(schema = @Schema(implementation = RedirectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such redirect.")
    public RestResponse<RedirectResponse> get(@PathParam("id") String id) {
        return withETag(redirects.get(redirectId(id), PostPermissions.actor(identity)));
    }

    @PUT
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "Replace a redirect's source, target and status", description = "Same rules as creating.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag"), content = @Content(schema = @Schema(implementation = RedirectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such redirect.")
    @APIResponse(responseCode = "409", description = "redirect-path-taken, redirect-loop or redirect-shadows-post.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<RedirectResponse> update(@PathParam("id") String id,
                                                 @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match")
                                                 String ifMatch, RedirectRequest body) {
        RedirectId redirectId = redirectId(id);
        long version = ETags.requiredVersion(ifMatch);
        return withETag(redirects.update(redirectId, version, input(body), PostPermissions.actor(identity)));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "Delete a redirect", description = "Needs the redirect's ETag in If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such redirect.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<Void> delete(@PathParam("id") String id,
                                     @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch) {
        RedirectId redirectId = redirectId(id);
        redirects.delete(redirectId, ETags.requiredVersion(ifMatch), PostPermissions.actor(identity));
        return RestResponse.noContent();
    }

    private static RedirectInput input(RedirectRequest body) {
        RedirectRequest request = RequestBodies.required(body);
        return new RedirectInput(request.fromPath(), request.to(), request.status());
    }

    private static RestResponse<RedirectResponse> withETag(Redirect redirect) {
        return RestResponse.ResponseBuilder.ok(RedirectResponse.from(redirect)).tag(ETags.of(redirect.version()))
                .build();
    }

    /** A malformed id names no redirect: 404 like an unknown one. */
    private static RedirectId redirectId(String raw) {
        return RedirectId.parse(raw).orElseThrow(() -> new RedirectErrors.NotFound(raw));
    }
}
