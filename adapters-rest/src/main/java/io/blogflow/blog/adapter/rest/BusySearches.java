package io.blogflow.blog.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.ProblemMappers;
import io.blogflow.shared.adapter.rest.ProblemResponses;
import io.blogflow.shared.adapter.rest.RequestIds;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.PageRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * A public search refused on the event loop while as many searches as allowed are running: the same 503
 * {@code search-busy} problem, {@code Retry-After} and URI template as {@link PublicPostResource#search}'s refusal,
 * without a worker thread, authentication, the REST layer or an exception mapper. A flood of searches then costs
 * little CPU beyond the searches that run. It only answers what the resource would refuse the same way: a valid
 * search (anything else goes on and is answered there), not answered from the cache (checked before), with no
 * identical search being rendered (that one's answer is waited for there). The resource still takes the place in the
 * bulkhead, so a search let through when a place came free meanwhile is refused there, never run beyond the limit.
 */
@Singleton
public class BusySearches {

    private final SearchPostsUseCase search;
    private final RenderedPublicAnswers answers;
    private final ObjectMapper json;

    public BusySearches(SearchPostsUseCase search, RenderedPublicAnswers answers, ObjectMapper json) {
        this.search = search;
        this.answers = answers;
        this.json = json;
    }

    /** Whether the search was answered here with 503 search-busy; if not, the caller passes it on. */
    boolean refusedWhileFull(RoutingContext context, String key) {
        if (answers.rendering(key)) {
            return false;
        }
        Optional<DependencyUnavailableException> refusal;
        try {
            // Read as the resource reads them (the first value of each, decoded the same way).
            PageRequest paging = Paging.request(first(context, "page"), first(context, "size"));
            refusal = search.refusalWhileFull(first(context, "q"), first(context, "language"), paging);
        } catch (RuntimeException unreadable) { // an invalid page or size, a broken query string: answered there
            return false;
        }
        if (refusal.isEmpty()) {
            return false;
        }
        CachedPublicReads.nameTemplate(context, CachedPublicReads.SEARCH);
        context.response().putHeader("Retry-After", Long.toString(refusal.get().retryAfterSeconds()));
        ProblemResponses.send(context.response(), ProblemMappers.problem(refusal.get())
                .at(CachedPublicReads.SEARCH, context.request().getHeader(RequestIds.HEADER)), json);
        return true;
    }

    private static String first(RoutingContext context, String name) {
        List<String> values = context.queryParam(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
