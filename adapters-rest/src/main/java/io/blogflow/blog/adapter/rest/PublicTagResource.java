package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** The public list of tags, most used first. */
@Path("/api/v1/public/tags")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Public")
public class PublicTagResource {

    private final TagsUseCase tags;

    public PublicTagResource(TagsUseCase tags) {
        this.tags = tags;
    }

    @GET
    @Operation(summary = "All tags, most used first")
    @APIResponse(responseCode = "200", description = "One page of tags.")
    public RestResponse<PageResponse<TagResource.TagResponse>> list(@QueryParam("page") String page,
                                                        @QueryParam("size") String size, @Context UriInfo uri) {
        Page<io.blogflow.blog.domain.Tag> found = tags.list(Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, TagResource.TagResponse::from))
                .links(Paging.links(found, uri)).build();
    }

}
