package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.shared.adapter.rest.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The public list of tags, most used first. */
@Path("/api/v1/public/tags")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Public")
public class PublicTagResource {

    private final TagsUseCase tags;
    private final PublicCollections collections;

    public PublicTagResource(TagsUseCase tags, PublicCollections collections) {
        this.tags = tags;
        this.collections = collections;
    }

    /** The paged envelope of every list, for the document. */
    @Schema(name = "TagPage")
    record TagPage(List<TagResource.TagResponse> items,
                   @Schema(required = true) int page,
                   @Schema(required = true) int size,
                   @Schema(required = true) long total) {
    }

    @GET
    @Operation(summary = "All tags, most used first")
    @APIResponse(responseCode = "200", description = "One page of tags; Link has first/prev/next/last.",
            content = @Content(schema = @Schema(implementation = TagPage.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Invalid paging.")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri,
                         @Context Request request) {
        var paging = Paging.request(page, size);
        return collections.page(uri, request, () -> tags.list(paging), TagResource.TagResponse::from);
    }

}
