package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pages a sitemap index points at. */
@Path("/sitemaps")
@PermitAll
@Tag(name = "SEO", description = SitemapResource.SEO_TAG)
public class SitemapPageResource {

    private final SyndicationUseCase syndication;
    private final Site site;

    public SitemapPageResource(SyndicationUseCase syndication, Site site) {
        this.syndication = syndication;
        this.site = site;
    }

    @GET
    @Path("posts-{number: [0-9]{1,9}}.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "One page of the sitemap index",
            description = "Published posts in publication order (oldest first), blogflow.sitemap.max-urls per page.")
    @APIResponse(responseCode = "200", description = "A <urlset> page.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such page.")
    public Response page(@PathParam("number") int number, @Context Request request) {
        PublishedSnapshot snapshot = syndication.snapshot();
        // A matching tag was issued for this page under this very snapshot, so the page exists: 304 without reading.
        return Revalidation.respond(request, SitemapResource.tagOf("sitemap-page-" + number, snapshot, site),
                MediaType.APPLICATION_XML, () -> SitemapXml.urlSet(site, syndication.sitemapPage(snapshot, number)));
    }
}
