package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase.Feed;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TagNotFoundException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RSS 2.0 and Atom feeds of the newest published posts: the whole site, one tag, or one category; and the XSL
 * stylesheet they name for browsers.
 */
@Path("/feeds")
@PermitAll
@Tag(name = "SEO", description = SitemapResource.SEO_TAG)
public class FeedResource {

    private static final String XSL = "text/xsl";
    private static final String STYLESHEET = stylesheetText();

    private final SyndicationUseCase syndication;
    private final Site site;

    public FeedResource(SyndicationUseCase syndication, Site site) {
        this.syndication = syndication;
        this.site = site;
    }

    @GET
    @Path("rss.xml")
    @Produces("application/rss+xml")
    @Operation(summary = "RSS 2.0 feed of the newest published posts",
            description = "blogflow.feeds.size items, newest first, with content:encoded and categories (tags).")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response rss(@Context Request request) {
        return serve(FeedFormat.RSS, FeedQuery.all(), "/feeds/", request);
    }

    @GET
    @Path("atom.xml")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest published posts",
            description = "blogflow.feeds.size entries, newest first, with HTML content and categories (tags).")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response atom(@Context Request request) {
        return serve(FeedFormat.ATOM, FeedQuery.all(), "/feeds/", request);
    }

    @GET
    @Path("tags/{tagSlug}/rss.xml")
    @Produces("application/rss+xml")
    @Operation(summary = "RSS 2.0 feed of the newest published posts with one tag")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No tag with this slug.")
    public Response tagRss(@PathParam("tagSlug") String tagSlug, @Context Request request) {
        return serve(FeedFormat.RSS, FeedQuery.tagged(tagSlug(tagSlug)), "/feeds/tags/" + tagSlug + "/", request);
    }

    @GET
    @Path("tags/{tagSlug}/atom.xml")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest published posts with one tag")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No tag with this slug.")
    public Response tagAtom(@PathParam("tagSlug") String tagSlug, @Context Request request) {
        return serve(FeedFormat.ATOM, FeedQuery.tagged(tagSlug(tagSlug)), "/feeds/tags/" + tagSlug + "/", request);
    }

    @GET
    @Path("categories/{categorySlug}/rss.xml")
    @Produces("application/rss+xml")
    @Operation(summary = "RSS 2.0 feed of the newest published posts of one category (sub-categories included)")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No category with this slug.")
    public Response categoryRss(@PathParam("categorySlug") String categorySlug, @Context Request request) {
        return serve(FeedFormat.RSS, FeedQuery.categorised(categorySlug(categorySlug)),
                "/feeds/categories/" + categorySlug + "/", request);
    }

    @GET
    @Path("categories/{categorySlug}/atom.xml")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest published posts of one category (sub-categories included)")
    @APIResponse(responseCode = "200", description = "The feed.",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No category with this slug.")
    public Response categoryAtom(@PathParam("categorySlug") String categorySlug, @Context Request request) {
        return serve(FeedFormat.ATOM, FeedQuery.categorised(categorySlug(categorySlug)),
                "/feeds/categories/" + categorySlug + "/", request);
    }

    @GET
    @Path("feed.xsl")
    @Produces(XSL)
    @Operation(summary = "The XSL stylesheet the feeds name", description = "A browser that opens a feed shows it "
            + "through this stylesheet as a readable page (title, posts, links); feed readers ignore it.")
    @APIResponse(responseCode = "200", description = "The stylesheet.", headers = @Header(name = "Cache-Control"))
    public Response stylesheet() {
        return Response.ok(STYLESHEET, XSL).header("Cache-Control", "public, max-age=86400").build();
    }

    /**
     * The listing (without bodies) decides the validator: the items, their last changes and their tags, so a
     * re-tagged post changes the feed's ETag although tagging does not touch the post. Bodies are read for a 200 only.
     */
    private Response serve(FeedFormat format, FeedQuery query, String directory, Request request) {
        Feed feed = syndication.feed(query);
        String selfUrl = site.url() + directory + format.fileName;
        return Revalidation.respond(request, tagOf(format, selfUrl, feed), format.mediaType,
                () -> RomeFeeds.render(format, site, feed, selfUrl, syndication.contents(feed)));
    }

    private EntityTag tagOf(FeedFormat format, String selfUrl, Feed feed) {
        List<Object> facts = new ArrayList<>(List.of(format, selfUrl, site.title(), site.description(),
                feed.topic().orElse("")));
        for (FeedItem item : feed.items()) {
            facts.add(item.id().value());
            facts.add(item.updatedAt());
            facts.add(item.tags());
            facts.add(String.valueOf(item.author()));
        }
        return Revalidation.tagOf(facts.toArray());
    }

    private static String stylesheetText() {
        try (InputStream in = FeedResource.class.getResourceAsStream(RomeFeeds.STYLESHEET_PATH)) {
            return new String(Objects.requireNonNull(in, "feeds/feed.xsl is missing").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A malformed slug names no category: 404 like an unknown one. */
    private static Slug categorySlug(String raw) {
        try {
            return new Slug(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException("category", raw);
        }
    }

    /** A malformed slug names no tag: 404 like an unknown one. */
    private static Slug tagSlug(String raw) {
        try {
            return new Slug(raw);
        } catch (InvalidValueException e) {
            throw new TagNotFoundException(raw);
        }
    }
}
