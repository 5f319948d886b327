package io.blogflow.blog.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.blogflow.blog.adapter.rest.RenderedPublicAnswers.Answer;
import io.blogflow.blog.domain.PostCounters;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.application.port.out.PostSummary;
import io.blogflow.blog.application.port.out.PublishedPage;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/public/posts")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicPostResource {

    private final PublicPostsUseCase publicPosts;
    private final SearchPostsUseCase search;
    private final SyndicationUseCase syndication;
    private final Site site;

    private final ObjectMapper json;
    private final RenderedPublicAnswers answers;
    private final PostRepresentations representations;

    public PublicPostResource(PublicPostsUseCase publicPosts, SearchPostsUseCase search,
                              SyndicationUseCase syndication, Site site, ObjectMapper json,
                              RenderedPublicAnswers answers, PostRepresentations representations) {
        this.representations = representations;
        this.json = json;
        this.answers = answers;
        this.publicPosts = publicPosts;
        this.search = search;
        this.syndication = syndication;
        this.site = site;
    }

    /** A list entry: what a post index shows, without the body. */
    @Schema(name = "PublicPostSummary")
    record PublicPostSummary(UUID id, UUID authorId, String title, String slug, String excerpt, int wordCount,
                             int readingTimeMinutes, String featuredImage, String featuredImageAlt, UUID categoryId,
                             UUID topicClusterId, String contentLanguage, long views,
                             @Schema(description = "Readers' likes; may be up to the public cache's time-to-live "
                                     + "late, like the other counts.") long likeCount,
                             @Schema(description = "Approved comments.") long commentCount,
                             @Schema(description = "Readers' shares.") long shareCount,
                             Instant publishedAt, Instant updatedAt) {

        static PublicPostSummary from(PostSummary post) {
            return new PublicPostSummary(post.id().value(), post.authorId(), post.title(), post.slug(),
                    post.excerpt(), post.wordCount(), post.readingTimeMinutes(), post.featuredImage(),
                    post.featuredImageAlt(), post.categoryId(), post.topicClusterId(), post.contentLanguage(),
                    post.views(), post.counters().likes(), post.counters().comments(), post.counters().shares(),
                    post.publishedAt(), post.updatedAt());
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

    /** Search's envelope: the paged envelope of every list, with the total's accuracy. */
    @Schema(name = "SearchPage")
    record SearchPage(List<SearchHitResponse> items, @Schema(description = "1-based page number.") int page,
                      @Schema(description = "Page size actually used (requests above the cap are capped).") int size,
                      @Schema(description = "Matches among the newest " + PostSearch.CANDIDATES + " matching posts "
                              + "(only they are ranked): exact unless totalCapped.") long total,
                      @Schema(description = "True when the newest " + PostSearch.CANDIDATES + " posts all matched: "
                              + "older matches exist and are not ranked; total is then a lower bound.")
                      boolean totalCapped) {

        static SearchPage of(Page<PostSearch.Hit> hits) {
            return new SearchPage(hits.items().stream().map(SearchHitResponse::from).toList(), hits.page(),
                    hits.size(), hits.total(), hits.total() >= PostSearch.CANDIDATES);
        }
    }

    @GET
    @Path("search")
    @Operation(summary = "Full-text search of published posts, best match first",
            description = "Web-search syntax: words, \"quoted phrases\", -excluded, or. Each post is stemmed in its "
                    + "own language (content_language); title "
                    + "matches rank above excerpt matches, which rank above body matches. Answers are kept in the "
                    + "public cache like list pages: the same search again is answered from memory until published "
                    + "content changes.")
    @APIResponse(responseCode = "200", description = "One page of hits with highlighted snippets.",
            content = @Content(schema = @Schema(implementation = SearchPage.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control"), @Header(name = "Link")})
    @APIResponse(responseCode = "400", description = "q missing or longer than 200 characters; a page past the "
            + "ranked candidates (page.too-deep).")
    @APIResponse(responseCode = "503", description = "Overloaded or unavailable: more searches than allowed at once "
            + "(search-busy), the search timed out (query-timeout), no database connection came free "
            + "(database-busy) or the database cannot be reached (database-unavailable). Retry after Retry-After.",
            headers = @Header(name = "Retry-After"))
    public Response search(@QueryParam("q") String q,
                           @Parameter(description = "BCP 47 tag: search only posts in this language, with its "
                                   + "dictionary. Default: all, English.") @QueryParam("language") String language,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @Context UriInfo uri, @Context Request request) {
        var paging = Paging.request(page, size);
        // Keyed by the whole request URI, like a list page: an identical search is one database search per change
        // of published content (concurrent identical misses wait for the one running), not one per reader.
        var answer = answers.get(uri.getRequestUri().toString(), () -> {
            var hits = search.search(q, language, paging);
            byte[] body = bytes(SearchPage.of(hits));
            return Answer.ok(body, RenderedPublicAnswers.contentTag(body), List.of(Paging.links(hits, uri)));
        });
        return RenderedPublicAnswers.respond(answer, request);
    }

    /** What readers get: the rendered post and its presentation metadata, never its Markdown or editorial state. */
    @Schema(name = "PublicPost")
    record PublicPostResponse(UUID id, UUID authorId, String title, String slug, String contentHtml, String excerpt,
                              String metaDescription, String metaTitle, String focusKeyword, String canonicalUrl,
                              String ogTitle, String ogDescription, String ogImage, String twitterTitle,
                              String twitterDescription, String twitterCardType, String featuredImage,
                              String featuredImageAlt, String featuredImageCaption, UUID categoryId,
                              UUID topicClusterId, boolean pillar, String contentLanguage, String geoTargetCountry,
                              int wordCount, int readingTimeMinutes,
                              @Schema(description = "Empty when the editors chose not to show it.")
                              List<Heading> tableOfContents, boolean aiGenerated, Instant lastReviewedAt,
                              int contentVersion,
                              @Schema(description = "Views (analytics' counter, kept from the rollups), likes, "
                                      + "comments (approved) and shares. All are counted apart from the post and "
                                      + "may be up to the public cache's time-to-live late.") PostCounters counters,
                              @Schema(description = "Readers' likes (as counters.likes).") long likeCount,
                              @Schema(description = "Approved comments (as counters.comments).") long commentCount,
                              @Schema(description = "Readers' shares (as counters.shares).") long shareCount,
                              Instant publishedAt, Instant updatedAt,
                              @Schema(description = "The featured image from the media library, srcset-ready; null "
                                      + "when none.") PostRepresentations.PostImage featuredMedia,
                              @Schema(description = "The social-sharing (Open Graph) image from the media library; "
                                      + "null when none.") PostRepresentations.PostImage ogMedia) {

        static PublicPostResponse from(Post post, PostCounters counters, PostRepresentations.ImageResolver images) {
            PostRequest f = PostRequest.of(post);
            return new PublicPostResponse(post.id().value(), post.authorId().map(a -> a.value()).orElse(null),
                    f.title(), f.slug(), post.body().html(), post.excerpt().value(),
                    PostRepresentations.absentAsNull(f.metaDescription()),
                    f.metaTitle(), f.focusKeyword(), f.canonicalUrl(), f.ogTitle(), f.ogDescription(), f.ogImage(),
                    f.twitterTitle(), f.twitterDescription(), f.twitterCardType(), f.featuredImage(),
                    f.featuredImageAlt(), f.featuredImageCaption(), f.categoryId(), f.topicClusterId(), f.pillar(),
                    f.contentLanguage(), f.geoTargetCountry(), post.body().wordCount(),
                    post.body().readingTimeMinutes(),
                    f.showTableOfContents() ? post.body().tableOfContents() : List.of(), f.aiGenerated(),
                    f.lastReviewedAt(), post.contentVersion(), counters, counters.likes(), counters.comments(),
                    counters.shares(),
                    post.publishedAt().orElse(null),
                    post.updatedAt(), images.resolve(post.details().featuredMedia()),
                    images.resolve(post.details().ogMedia()));
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
    public Response bySlug(@PathParam("slug") String slug, @Context UriInfo uri, @Context Request request) {
        // Keyed by the whole request URI: the answer's absolute links depend on the address it was asked at.
        var answer = answers.get(uri.getRequestUri().toString(), () -> {
            var resolution = publicPosts.bySlug(slug);
            if (resolution.movedTo() != null) {
                return Answer.movedTo(uri.getBaseUriBuilder().path(PublicPostResource.class).path("by-slug")
                        .path(resolution.movedTo().value()).build());
            }
            Post post = resolution.post();
            PostCounters counters = resolution.counters();
            // The public representation has its own tag: it changes with the post's version like the editorial one,
            // and with the counters, kept apart from the post.
            String engagement = counters.equals(PostCounters.ZERO) ? ""
                    : "-" + counters.likes() + "-" + counters.shares() + "-" + counters.comments() + "-"
                    + counters.views();
            return Answer.ok(bytes(representations.published(post, counters)),
                    new EntityTag("p" + post.version() + engagement), List.of());
        });
        return RenderedPublicAnswers.respond(answer, request);
    }

    @GET
    @Path("by-slug/{slug}/json-ld")
    @Produces(BlogPostingJsonLd.MEDIA_TYPE)
    @Operation(summary = "Structured data of a published post: a schema.org BlogPosting as JSON-LD",
            description = "For the JSON-LD script element (type application/ld+json) of the post's page. An old slug answers 301 "
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
        EntityTag tag = Revalidation.tagOf("json-ld", post.id().value(), post.version(), posting.tags(),
                String.valueOf(posting.author()), site);
        return Revalidation.respond(request, tag, BlogPostingJsonLd.MEDIA_TYPE,
                () -> BlogPostingJsonLd.of(post, posting.tags(), posting.author(), site));
    }

    @GET
    @Operation(summary = "Published posts", description = "Filters combine (all must hold): author (user id), tag "
            + "(slug), category (slug; its sub-categories included), cluster (topic cluster slug), language (BCP 47; "
            + "en also lists en-GB), from/to (publication date or instant; from inclusive, to exclusive). Sort newest "
            + "(default), oldest, title or popular (most viewed). fields=title,slug,… returns only those fields. "
            + "Pages by number reach the first 5,000 posts; every page carries nextCursor (and Link rel=\"next\"), "
            + "which reaches any depth at the cost of page 1.")
    @APIResponse(responseCode = "200", description = "One page of published posts; Link has first, prev (by "
            + "number), next (by cursor) and last (when within reach by number).",
            content = @Content(schema = @Schema(implementation = PublicPostPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort, fields, paging or cursor; a page past "
            + "the first 5,000 posts (page.too-deep: follow nextCursor instead).")
    @APIResponse(responseCode = "503", description = "Overloaded (the read timed out or no database connection came "
            + "free): retry after Retry-After.", headers = @Header(name = "Retry-After"))
    public Response list(@QueryParam("author") String author, @QueryParam("tag") String tag,
                         @QueryParam("category") String category, @QueryParam("cluster") String cluster,
                         @QueryParam("language") String language, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("sort") String sort,
                         @Parameter(description = "Comma-separated summary fields to return.")
                         @QueryParam("fields") String fields,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @Parameter(description = "The nextCursor of an earlier page: the page after it (page is "
                                 + "then not allowed).") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri, @Context Request request) {
        var parameters = PublicListParameters.parse(author, tag, category, cluster, language, from, to, sort, fields);
        var paging = Paging.request(page, size);
        var after = PublicCursor.decode(cursor);
        if (after != null && page != null) {
            throw new InvalidValueException("cursor.with-page", "Send page or cursor, not both: a cursor already "
                    + "says where the page starts.");
        }
        var answer = answers.get(uri.getRequestUri().toString(), () -> {
            PublishedPage posts = publicPosts.list(parameters.query(), paging, after);
            byte[] body = bytes(PublicPostPage.of(posts, summary -> select(summary, parameters.fields())));
            return Answer.ok(body, RenderedPublicAnswers.contentTag(body), PublicListLinks.of(posts, uri));
        });
        return RenderedPublicAnswers.respond(answer, request);
    }

    private byte[] bytes(Object representation) {
        try {
            return json.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A public representation could not be written as JSON", e);
        }
    }

    private Object select(PostSummary summary, Set<String> fields) {
        PublicPostSummary full = PublicPostSummary.from(summary);
        if (fields == null) {
            return full;
        }
        Map<String, Object> all = json.convertValue(full, new TypeReference<Map<String, Object>>() { });
        var selected = new LinkedHashMap<String, Object>();
        fields.forEach(field -> selected.put(field, all.get(field)));
        return selected;
    }

}
