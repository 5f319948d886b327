package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.adapter.rest.TopicClusterResource.ClusterResponse;
import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/topic-clusters")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicTopicClusterResource {

    private final TopicClustersUseCase clusters;

    public PublicTopicClusterResource(TopicClustersUseCase clusters) {
        this.clusters = clusters;
    }

    @GET
    @Operation(summary = "All topic clusters, by name")
    public List<ClusterResponse> list() {
        return clusters.list().stream().map(ClusterResponse::from).toList();
    }
}
