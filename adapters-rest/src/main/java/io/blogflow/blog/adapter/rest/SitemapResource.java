package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase.SitemapIndex;
import io.blogflow.blog.application.port.in.SyndicationUseCase.UrlSet;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sitemap.xml}: every published post, or an index of pages once they outnumber one sitemap's limit. */
@Path("/sitemap.xml")
@PermitAll
@Tag(name = "SEO", description = SitemapResource.SEO_TAG)
public class SitemapResource {

    /** The description of the SEO tag, which these resources share. */
    static final String SEO_TAG = "What search engines and feed readers fetch: sitemaps, robots.txt, RSS and Atom "
            + "feeds.";

    private final SyndicationUseCase syndication;
    private final Site site;

    public SitemapResource(SyndicationUseCase syndication, Site site) {
        this.syndication = syndication;
        this.site = site;
    }

    /** The site-relative address of sitemap page {@code number}. */
    static String pagePath(int number) {
        return "/sitemaps/posts-" + number + ".xml";
    }

    /** Changes whenever a post is published, changed, unpublished or trashed (the snapshot), or the site moves. */
    static EntityTag tagOf(String surface, PublishedSnapshot snapshot, Site site) {
        return Revalidation.tagOf(surface, snapshot.count(), snapshot.newestUpdate().orElse(null), site.url());
    }

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Sitemap of published posts (sitemaps.org)",
            description = "A <urlset> of every published post's permalink with its last change; when there are more "
                    + "published posts than blogflow.sitemap.max-urls, a <sitemapindex> of /sitemaps/posts-{n}.xml.")
    @APIResponse(responseCode = "200", description = "The sitemap or sitemap index.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response sitemap(@Context Request request) {
        PublishedSnapshot snapshot = syndication.snapshot();
        return Revalidation.respond(request, tagOf("sitemap", snapshot, site), MediaType.APPLICATION_XML,
                () -> render(syndication.sitemap(snapshot)));
    }

    private Object render(SyndicationUseCase.Sitemap sitemap) {
        if (sitemap instanceof SitemapIndex index) {
            return SitemapXml.index(site, index.pages());
        }
        return SitemapXml.urlSet(site, ((UrlSet) sitemap).urls());
    }
}
