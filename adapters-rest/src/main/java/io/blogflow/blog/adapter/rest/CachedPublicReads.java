package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.adapter.rest.RenderedPublicAnswers.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The hot read path: a public post, list page or search answer already rendered ({@link RenderedPublicAnswers}) is answered on the
 * event loop, straight from the cache, before the request reaches the REST layer (no worker thread, no filter chain,
 * no resource matching). Only anonymous {@code GET}s of {@code /api/v1/public/posts},
 * {@code /api/v1/public/posts/search} and {@code /api/v1/public/posts/by-slug/{slug}} whose answer is kept take this
 * path; anything else (a miss, a token, a
 * sub-resource) goes on to {@link PublicPostResource}, which renders and keeps the answer. Both paths send the same
 * status, headers and body; the HTTP metrics see the same URI templates. A search that is not kept is refused here
 * while the search bulkhead is full ({@link BusySearches}).
 */
@Singleton
public class CachedPublicReads {

    static final String LIST = "/api/v1/public/posts";
    static final String BY_SLUG = LIST + "/by-slug/";
    static final String SEARCH = LIST + "/search";
    /** The key the HTTP server metrics read the URI template from (what Quarkus REST sets for its own routes). */
    private static final String URI_TEMPLATE = "UrlPathTemplate";

    private final RenderedPublicAnswers answers;
    private final BusySearches busySearches;
    private final String cacheControl;

    public CachedPublicReads(RenderedPublicAnswers answers, BusySearches busySearches) {
        this.answers = answers;
        this.busySearches = busySearches;
        this.cacheControl = RuntimeDelegate.getInstance().createHeaderDelegate(CacheControl.class)
                .toString(RenderedPublicAnswers.CACHE_CONTROL);
    }

    void install(@Observes Router router) {
        // Right after the request id is assigned; before authentication, body handling and REST.
        router.route(HttpMethod.GET, LIST + "*").order(Integer.MIN_VALUE + 1).handler(this::answerFromCache);
    }

    private void answerFromCache(RoutingContext context) {
        String template = templateOf(context.normalizedPath());
        if (template == null || context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            context.next();
            return;
        }
        String key = key(context);
        Answer answer = answers.peek(key);
        if (answer == null) {
            if (!(SEARCH.equals(template) && busySearches.refusedWhileFull(context, key))) {
                context.next();
            }
            return;
        }
        nameTemplate(context, template);
        HttpServerResponse response = context.response();
        if (answer.status() != 200) {
            response.setStatusCode(answer.status()).putHeader(HttpHeaders.LOCATION, answer.location().toString())
                    .end();
            return;
        }
        if (answer.tag() != null) {
            String tag = header(EntityTag.class, answer.tag());
            response.putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            if (noneMatchNames(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag())) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        for (Link link : answer.links()) {
            response.headers().add("Link", header(Link.class, link));
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(Buffer.buffer(answer.body()));
    }

    /** Names the request's URI template for the HTTP server metrics, as Quarkus REST does for its own routes. */
    static void nameTemplate(RoutingContext context, String template) {
        ((HttpServerRequestInternal) context.request()).context().putLocal(URI_TEMPLATE, template);
    }

    /** Whether an If-None-Match header names {@code tag} (weak comparison, as for a GET; {@code *} names any). */
    static boolean noneMatchNames(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*")) {
                return true;
            }
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.length() >= 2 && trimmed.charAt(0) == '"' && trimmed.endsWith("\"")
                    && trimmed.substring(1, trimmed.length() - 1).equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The REST layer's template for a path this route may answer, or null when it may not. */
    static String templateOf(String path) {
        if (LIST.equals(path) || SEARCH.equals(path)) {
            return path;
        }
        if (path.startsWith(BY_SLUG) && path.length() > BY_SLUG.length() && path.indexOf('/', BY_SLUG.length()) < 0) {
            return BY_SLUG + "{slug}";
        }
        return null;
    }

    /** The cache key {@link PublicPostResource} uses: the request URI as the REST layer sees it. */
    private static String key(RoutingContext context) {
        try {
            return new URI(context.request().absoluteURI()).normalize().toString();
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static <T> String header(Class<T> type, T value) {
        return RuntimeDelegate.getInstance().createHeaderDelegate(type).toString(value);
    }
}
