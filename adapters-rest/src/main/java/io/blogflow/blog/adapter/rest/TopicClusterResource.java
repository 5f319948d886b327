package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import io.blogflow.blog.application.port.in.TopicClustersUseCase.ClusterValues;
import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/topic-clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topic clusters", description = "Clusters of posts around a pillar post. Posts join with their "
        + "topicClusterId (and pillar: true for the pillar); editors create, rename and delete clusters.")
public class TopicClusterResource {

    private final TopicClustersUseCase clusters;
    private final SecurityIdentity identity;

    public TopicClusterResource(TopicClustersUseCase clusters, SecurityIdentity identity) {
        this.clusters = clusters;
        this.identity = identity;
    }

    @Schema(name = "TopicCluster")
    record ClusterResponse(@Schema(required = true) UUID id,
                           String name,
                           String slug,
                           String description,
                           @Schema(required = true) long version) {

        static ClusterResponse from(TopicCluster cluster) {
            return new ClusterResponse(cluster.id().value(), cluster.name(), cluster.slug().value(),
                    cluster.description(), cluster.version());
        }
    }

    @Schema(name = "TopicClusterRequest")
    record ClusterRequest(@Schema(required = true, maxLength = 80, description = "Unique, ignoring case.") String name,
                          @Schema(maxLength = 120, description = "Derived from the name when absent.") String slug,
                          @Schema(maxLength = 1000) String description) {
    }

    @GET
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "All topic clusters, by name")
    public List<ClusterResponse> list() {
        return clusters.list().stream().map(ClusterResponse::from).toList();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "One topic cluster")
    @APIResponse(responseCode = "200", description = "The cluster; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such topic cluster.")
    public RestResponse<ClusterResponse> get(@PathParam("id") String id) {
        return withETag(clusters.get(clusterId(id)));
    }

    @Schema(name = "TopicClusterMember")
    record MemberResponse(@Schema(required = true) UUID id, String title, String slug,
                          @Schema(enumeration = {"draft", "pending_review", "scheduled", "published", "archived"})
                          String status,
                          @Schema(required = true) boolean linksToPillar,
                          @Schema(required = true) boolean linkedFromPillar) {

        static MemberResponse from(ClusterOverview.Member member) {
            return new MemberResponse(member.id().value(), member.title(), member.slug().value(),
                    member.status().name().toLowerCase(Locale.ROOT), member.linksToPillar(), member.linkedFromPillar());
        }
    }

    @Schema(name = "TopicClusterOverview")
    record OverviewResponse(ClusterResponse cluster, MemberResponse pillar, List<MemberResponse> posts,
                            @Schema(description = "Cluster posts whose Markdown has no link to the pillar.")
                            List<MemberResponse> notLinkingToPillar,
                            @Schema(description = "Cluster posts the pillar's Markdown does not link to.")
                            List<MemberResponse> notLinkedFromPillar) {
    }

    @GET
    @Path("{id}/overview")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "The pillar, the cluster posts and the links missing between them",
            description = "Posts outside the trash, any status. Links are read from each post's saved Markdown.")
    @APIResponse(responseCode = "200", description = "The overview.")
    @APIResponse(responseCode = "404", description = "No such topic cluster.")
    public OverviewResponse overview(@PathParam("id") String id) {
        ClusterOverview overview = clusters.overview(clusterId(id));
        return new OverviewResponse(ClusterResponse.from(overview.cluster()),
                overview.pillar().map(MemberResponse::from).orElse(null), members(overview.posts()),
                members(overview.notLinkingToPillar()), members(overview.notLinkedFromPillar()));
    }

    private static List<MemberResponse> members(List<ClusterOverview.Member> members) {
        return members.stream().map(MemberResponse::from).toList();
    }

    @POST
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Create a topic cluster (editors)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "403", description = "Only editors and admins change topic clusters.")
    @APIResponse(responseCode = "409", description = "Name or slug taken.")
    public RestResponse<ClusterResponse> create(ClusterRequest body, @Context UriInfo uri) {
        TopicCluster created = clusters.create(PostPermissions.actor(identity), values(body));
        return RestResponse.ResponseBuilder.<ClusterResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ClusterResponse.from(created)).build();
    }

    @PUT
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Rename, re-slug or re-describe a topic cluster (editors)")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "404", description = "No such topic cluster.")
    @APIResponse(responseCode = "409", description = "Name or slug taken.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ClusterResponse> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                                ClusterRequest body) {
        TopicClusterId clusterId = clusterId(id);
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(clusters.update(PostPermissions.actor(identity), clusterId, expected, values(body)));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Delete a topic cluster (editors)", description = "Its posts stay, outside any cluster.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such topic cluster.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        TopicClusterId clusterId = clusterId(id);
        clusters.delete(PostPermissions.actor(identity), clusterId, ETags.requiredVersion(ifMatch));
        return RestResponse.noContent();
    }

    private static ClusterValues values(ClusterRequest body) {
        ClusterRequest request = RequestBodies.required(body);
        return new ClusterValues(request.name(), request.slug(), request.description());
    }

    private static TopicClusterId clusterId(String raw) {
        return new TopicClusterId(TaxonomyPaths.id(raw, "topic-cluster"));
    }

    private static RestResponse<ClusterResponse> withETag(TopicCluster cluster) {
        return RestResponse.ResponseBuilder.ok(ClusterResponse.from(cluster)).tag(ETags.of(cluster.version())).build();
    }
}
