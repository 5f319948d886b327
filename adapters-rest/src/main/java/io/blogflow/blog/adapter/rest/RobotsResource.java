package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.Site;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Crawler rules: the public read API is crawlable, the rest of the API and the operations endpoints are not. */
@Path("/robots.txt")
@PermitAll
@Tag(name = "SEO", description = SitemapResource.SEO_TAG)
public class RobotsResource {

    private final String robots;

    public RobotsResource(Site site) {
        // The longest matching rule wins (RFC 9309), so the Allow carves the public API out of the Disallow.
        this.robots = String.join("\n",
                "User-agent: *",
                "Allow: /api/v1/public/",
                "Disallow: /api/",
                "Disallow: /q/",
                "",
                "Sitemap: " + site.url() + "/sitemap.xml",
                "");
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "robots.txt", description = "Allows the public API, disallows the rest of /api/ and /q/, "
            + "and names the sitemap.")
    @APIResponse(responseCode = "200", description = "The rules, as text/plain.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response robots(@Context Request request) {
        return Revalidation.respond(request, Revalidation.tagOf("robots", robots), "text/plain; charset=UTF-8",
                () -> robots);
    }
}
