package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.ResolveRedirectUseCase;
import io.blogflow.shared.adapter.rest.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** For the site's front end or edge: where a path that is no page should send the reader. */
@Path("/api/v1/public/redirects")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicRedirectResource {

    /** Short, so a changed or deleted redirect takes effect within a minute even behind shared caches. */
    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private final ResolveRedirectUseCase resolver;

    public PublicRedirectResource(ResolveRedirectUseCase resolver) {
        this.resolver = resolver;
    }

    @GET
    @Path("resolve")
    @Operation(summary = "Resolve a site path to its redirect",
            description = "A manual redirect answers with its status (301 or 302); else an old slug of a published "
                    + "post answers 301 to the post's permalink. Location is always absolute.")
    @APIResponse(responseCode = "301", description = "Moved permanently.", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "302", description = "Moved temporarily.", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "400", description = "path missing or not a site path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Nothing redirects from this path (code no-redirect).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> resolve(@Parameter(description = "Site path, e.g. /old-page.", required = true)
                                      @QueryParam("path") String path) {
        var resolution = resolver.resolve(path);
        return RestResponse.ResponseBuilder.<Void>create(resolution.status()).location(resolution.location())
                .cacheControl(CACHE).build();
    }
}
