package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.adapter.rest.TopicClusterResource.ClusterResponse;
import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/topic-clusters")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicTopicClusterResource {

    private final TopicClustersUseCase clusters;
    private final PublicCollections collections;

    public PublicTopicClusterResource(TopicClustersUseCase clusters, PublicCollections collections) {
        this.clusters = clusters;
        this.collections = collections;
    }

    /** The paged envelope of every list, for the document. */
    @Schema(name = "TopicClusterPage")
    record TopicClusterPage(List<ClusterResponse> items,
                            @Schema(required = true) int page,
                            @Schema(required = true) int size,
                            @Schema(required = true) long total) {
    }

    @GET
    @Operation(summary = "All topic clusters, by name")
    @APIResponse(responseCode = "200", description = "One page of topic clusters; Link has first/prev/next/last.",
            content = @Content(schema = @Schema(implementation = TopicClusterPage.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Invalid paging.")
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri, @Context Request request) {
        PageRequest page = paging.request(); // invalid paging is a 400 even when the answer is cached
        return collections.page(uri, request, () -> Page.of(clusters.list(), page), ClusterResponse::from);
    }
}
