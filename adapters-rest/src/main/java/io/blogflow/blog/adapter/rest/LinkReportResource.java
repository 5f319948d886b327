package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.BrokenLinksUseCase;
import io.blogflow.blog.application.port.out.PostLinkRepository.BrokenLink;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reports on the links between posts. */
@Path("/api/v1/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links", description = "Internal links in posts (editors).")
public class LinkReportResource {

    private final BrokenLinksUseCase brokenLinks;
    private final SecurityIdentity identity;

    public LinkReportResource(BrokenLinksUseCase brokenLinks, SecurityIdentity identity) {
        this.brokenLinks = brokenLinks;
        this.identity = identity;
    }

    @Schema(name = "BrokenLink")
    record BrokenLinkResponse(UUID postId, String postTitle, String postSlug,
                              @Schema(description = "The destination as written in the Markdown.") String destination,
                              @Schema(description = "The site path it leads to.") String targetPath) {

        static BrokenLinkResponse from(BrokenLink link) {
            return new BrokenLinkResponse(link.postId().value(), link.title(), link.slug().value(),
                    link.destination(), link.target().value());
        }
    }

    @GET
    @Path("broken")
    @PermissionsAllowed(PostPermissions.MANAGE_ALL)
    @Operation(summary = "Internal links that lead nowhere",
            description = "Links to /<slug> (relative or absolute on the site's host) in posts outside the trash "
                    + "whose slug is no post outside the trash, no old slug of one and no manual redirect's source. "
                    + "Newest posts first.")
    @APIResponse(responseCode = "200", description = "One page of broken links; Link has first/prev/next/last.",
            headers = @Header(name = "Link"))
    @APIResponse(responseCode = "400", description = "Invalid paging.")
    @APIResponse(responseCode = "403", description = "Only editors and admins see the report.")
    public RestResponse<PageResponse<BrokenLinkResponse>> broken(
            @Parameter(description = "1-based page number.") @QueryParam("page") String page,
            @Parameter(description = "Page size, capped at 100.") @QueryParam("size") String size,
            @Context UriInfo uri) {
        Page<BrokenLink> found = brokenLinks.broken(Paging.request(page, size), PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, BrokenLinkResponse::from))
                .links(Paging.links(found, uri)).build();
    }
}
