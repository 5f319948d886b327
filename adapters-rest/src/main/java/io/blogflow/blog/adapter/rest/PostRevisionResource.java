package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.RevisionNotFoundException;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A post's history: every save is a numbered revision; compare two, or restore one as a new save. */
@Path("/api/v1/posts/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostRevisionResource {

    private final PostRevisionsUseCase revisions;
    private final SecurityIdentity identity;

    private final PostRepresentations representations;

    public PostRevisionResource(PostRevisionsUseCase revisions, SecurityIdentity identity, PostRepresentations representations) {
        this.representations = representations;
        this.revisions = revisions;
        this.identity = identity;
    }

    @Schema(name = "PostRevision")
    record RevisionResponse(@Schema(required = true) int number,
                            UUID authorId,
                            @Schema(required = true) Instant createdAt,
                            String reason,
                            @Schema(enumeration = {"human", "ai"}, description = "Who wrote this revision's change: "
                                    + "a person, or an AI action writing a public field.") String provenance,
                            String title, String slug, String contentMarkdown, String metaDescription,
                            String excerpt) {

        static RevisionResponse from(PostRevision r) {
            var s = r.snapshot();
            return new RevisionResponse(r.number(), r.author() == null ? null : r.author().value(), r.createdAt(),
                    r.reason(), r.provenance().wire(), s.title().value(), s.slug().value(), s.content().value(),
                    PostRepresentations.absentAsNull(s.metaDescription().value()),
                    s.excerpt().value());
        }
    }

    @Schema(name = "RevisionDiff")
    record DiffResponse(@Schema(required = true) int from,
                        @Schema(required = true) int to,
                        @Schema(description = "Unified diff of the Markdown; empty when equal.")
                        String unifiedDiff) {
    }

    @GET
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "A post's revisions, newest first", description = "Paged like every list.")
    @APIResponse(responseCode = "200", description = "One page of revisions; Link has first/prev/next/last.")
    @APIResponse(responseCode = "400", description = "Invalid paging.")
    @APIResponse(responseCode = "404", description = "No such post.")
    public RestResponse<PageResponse<RevisionResponse>> list(@PathParam("id") PostId id,
                                                             @QueryParam("page") String page,
                                                             @QueryParam("size") String size, @Context UriInfo uri) {
        var paging = Paging.request(page, size);
        Page<PostRevision> found = Page.of(revisions.list(id, PostPermissions.actor(identity)),
                paging);
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, RevisionResponse::from))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("{number}")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "One revision")
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "404", description = "No such post or revision.")
    public RevisionResponse get(@PathParam("id") PostId post, @PathParam("number") String number) {
        return RevisionResponse.from(revisions.get(post, number(post, number), PostPermissions.actor(identity)));
    }

    @GET
    @Path("diff")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "Unified diff of the Markdown between two revisions (?from=1&to=2)")
    @APIResponse(responseCode = "200", description = "The diff.")
    @APIResponse(responseCode = "400", description = "from or to missing or not a number.")
    @APIResponse(responseCode = "404", description = "No such post or revision.")
    public DiffResponse diff(@PathParam("id") PostId id, @QueryParam("from") String from, @QueryParam("to") String to) {
        var validation = new Validation();
        Integer fromNumber = validation.field("from", () -> required("from", from));
        Integer toNumber = validation.field("to", () -> required("to", to));
        validation.throwIfInvalid();
        return new DiffResponse(fromNumber, toNumber,
                revisions.diff(id, fromNumber, toNumber, PostPermissions.actor(identity)));
    }

    @POST
    @Path("{number}/restore")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Restore a revision", description = "Saves the revision's content and metadata as a new "
            + "revision. Needs the post's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The restored post; ETag has its new version.")
    @APIResponse(responseCode = "404", description = "No such post or revision.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<PostResponse> restore(@PathParam("id") PostId post, @PathParam("number") String number,
                                              @HeaderParam("If-Match") String ifMatch) {
        Post restored = revisions.restore(post, number(post, number), ETags.requiredVersion(ifMatch),
                PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.ok(representations.editorial(restored)).tag(ETags.of(restored.version())).build();
    }

    /** A revision number that is not a positive number names no revision. */
    private static int number(PostId post, String raw) {
        if (raw != null && raw.matches("\\d{1,9}") && Integer.parseInt(raw) > 0) {
            return Integer.parseInt(raw);
        }
        throw new RevisionNotFoundException(post, 0);
    }

    private static int required(String name, String raw) {
        if (raw == null || !raw.matches("\\d{1,9}") || Integer.parseInt(raw) < 1) {
            throw new InvalidValueException(name + ".invalid", name + " must be a revision number (1, 2, …).");
        }
        return Integer.parseInt(raw);
    }
}
