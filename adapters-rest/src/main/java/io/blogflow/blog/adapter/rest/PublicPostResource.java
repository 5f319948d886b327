package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.Post;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/public/posts")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicPostResource {

    /** Readers and shared caches may keep public answers briefly; ETags make revalidation cheap. */
    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private final PublicPostsUseCase publicPosts;
    private final SearchPostsUseCase search;
    private final SyndicationUseCase syndication;
    private final Site site;

    public PublicPostResource(PublicPostsUseCase publicPosts, SearchPostsUseCase search,
                              SyndicationUseCase syndication, Site site) {
        this.publicPosts = publicPosts;
        this.search = search;
        this.syndication = syndication;
        this.site = site;
    }

    /** A list entry: what a post index shows, without the body. */
    @Schema(name = "PublicPostSummary")
    record PublicPostSummary(UUID id, UUID authorId, String title, String slug, String excerpt, int readingTimeMinutes,
                             Instant publishedAt) {

        static PublicPostSummary from(Post post) {
            return new PublicPostSummary(post.id().value(), post.authorId().map(a -> a.value()).orElse(null),
                    post.title().value(), post.slug().value(), post.excerpt().value(),
                    post.body().readingTimeMinutes(), post.publishedAt().orElse(null));
        }
    }

    @Schema(name = "SearchHit")
    record SearchHitResponse(UUID id, String title, String slug, String excerpt, Instant publishedAt,
                             @Schema(description = "Best passage, HTML-escaped, matches in <mark>…</mark>.")
                             String snippet, double rank) {

        static SearchHitResponse from(PostSearch.Hit hit) {
            return new SearchHitResponse(hit.id().value(), hit.title(), hit.slug(), hit.excerpt(), hit.publishedAt(),
                    hit.snippet(), hit.rank());
        }
    }

    @GET
    @Path("search")
    @Operation(summary = "Full-text search of published posts, best match first",
            description = "Web-search syntax: words, \"quoted phrases\", -excluded, or. English stemming; title "
                    + "matches rank above excerpt matches, which rank above body matches.")
    @APIResponse(responseCode = "200", description = "One page of hits with highlighted snippets.")
    @APIResponse(responseCode = "400", description = "q missing or longer than 200 characters.")
    public RestResponse<PageResponse<SearchHitResponse>> search(@QueryParam("q") String q,
                                                                @QueryParam("page") String page,
                                                                @QueryParam("size") String size,
                                                                @Context UriInfo uri) {
        var hits = search.search(q, Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(hits, SearchHitResponse::from))
                .links(Paging.links(hits, uri)).cacheControl(CACHE).build();
    }

    /** What readers get: the rendered post, never its Markdown or editorial state. */
    @Schema(name = "PublicPost")
    record PublicPostResponse(UUID id, UUID authorId, String title, String slug, String contentHtml, String excerpt,
                              String metaDescription, int wordCount, int readingTimeMinutes,
                              List<Heading> tableOfContents, Instant publishedAt, Instant updatedAt) {

        static PublicPostResponse from(Post post) {
            return new PublicPostResponse(post.id().value(), post.authorId().map(a -> a.value()).orElse(null),
                    post.title().value(), post.slug().value(), post.body().html(), post.excerpt().value(),
                    post.metaDescription().value(), post.body().wordCount(), post.body().readingTimeMinutes(),
                    post.body().tableOfContents(), post.publishedAt().orElse(null), post.updatedAt());
        }
    }

    @GET
    @Path("by-slug/{slug}")
    @Operation(summary = "A published post by its slug",
            description = "An old slug of a post that was renamed after publication answers 301 with the post's "
                    + "current address in Location.")
    @APIResponse(responseCode = "200", description = "The published post.",
            content = @Content(schema = @Schema(implementation = PublicPostResponse.class)))
    @APIResponse(responseCode = "301", description = "Moved: the slug is an old one.", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "404", description = "No published post has or had this slug.")
    public RestResponse<PublicPostResponse> bySlug(@PathParam("slug") String slug, @Context UriInfo uri,
                                                   @Context Request request) {
        var resolution = publicPosts.bySlug(slug);
        if (resolution.movedTo() != null) {
            return RestResponse.ResponseBuilder.<PublicPostResponse>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path(PublicPostResource.class).path("by-slug")
                            .path(resolution.movedTo().value()).build())
                    .build();
        }
        Post post = resolution.post();
        // The public representation has its own tag: it changes with the post's version like the editorial one.
        EntityTag tag = new EntityTag("p" + post.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return RestResponse.ResponseBuilder.<PublicPostResponse>create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag).cacheControl(CACHE).build();
        }
        return RestResponse.ResponseBuilder.ok(PublicPostResponse.from(post)).tag(tag).cacheControl(CACHE).build();
    }

    @GET
    @Path("by-slug/{slug}/json-ld")
    @Produces(BlogPostingJsonLd.MEDIA_TYPE)
    @Operation(summary = "Structured data of a published post: a schema.org BlogPosting as JSON-LD",
            description = "For the <script type=\"application/ld+json\"> of the post's page. An old slug answers 301 "
                    + "with the current slug's JSON-LD address in Location.")
    @APIResponse(responseCode = "200", description = "The BlogPosting.",
            content = @Content(mediaType = BlogPostingJsonLd.MEDIA_TYPE,
                    schema = @Schema(implementation = BlogPostingJsonLd.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "301", description = "Moved: the slug is an old one.", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No published post has or had this slug.")
    public Response jsonLd(@PathParam("slug") String slug, @Context UriInfo uri, @Context Request request) {
        var posting = syndication.posting(slug);
        if (posting.movedTo() != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path(PublicPostResource.class).path("by-slug")
                            .path(posting.movedTo().value()).path("json-ld").build())
                    .build();
        }
        Post post = posting.post();
        // The post's version and its tags (tagging does not change the version) decide the document.
        EntityTag tag = Revalidation.tagOf("json-ld", post.id().value(), post.version(), posting.tags(), site);
        return Revalidation.respond(request, tag, BlogPostingJsonLd.MEDIA_TYPE,
                () -> BlogPostingJsonLd.of(post, posting.tags(), site));
    }

    @GET
    @Operation(summary = "Published posts", description = "Filter by author; sort newest (default), oldest or title.")
    @APIResponse(responseCode = "200", description = "One page of published posts; Link has first/prev/next/last.")
    @APIResponse(responseCode = "400", description = "Invalid author, sort or paging.")
    public RestResponse<PageResponse<PublicPostSummary>> list(@QueryParam("author") String author,
                                                               @QueryParam("sort") String sort,
                                                               @QueryParam("page") String page,
                                                               @QueryParam("size") String size,
                                                               @Context UriInfo uri) {
        var validation = new Validation();
        UserId authorId = author == null ? null : validation.field("author", () -> UserId.parse(author)
                .orElseThrow(() -> new InvalidValueException("author.invalid", "author must be a user id.")));
        PublicPostQuery.Sort order = validation.field("sort", () -> sort(sort));
        validation.throwIfInvalid();
        Page<Post> posts = publicPosts.list(new PublicPostQuery(authorId, order),
                Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(posts, PublicPostSummary::from))
                .links(Paging.links(posts, uri)).cacheControl(CACHE).build();
    }

    private static PublicPostQuery.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return PublicPostQuery.Sort.NEWEST;
        }
        try {
            return PublicPostQuery.Sort.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("sort.invalid", "sort must be newest, oldest or title.");
        }
    }
}
