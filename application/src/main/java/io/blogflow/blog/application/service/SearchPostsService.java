package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.blog.domain.ContentLanguage;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Validates a reader's search and runs it behind a bulkhead: at most {@code maxConcurrent} searches at once (each
 * ranks up to {@link PostSearch#CANDIDATES} posts); one more is refused at once with 503 and Retry-After instead of
 * queueing for a database connection, so a flood of searches cannot starve the other reads of connections or CPU.
 * A search is CPU-bound in PostgreSQL (~20 ms of a core at 100,000 posts for a word in every post): by default
 * ({@link #defaultMaxConcurrent}) searches may keep at most half the cores busy, so reads by slug keep the rest.
 */
public final class SearchPostsService implements SearchPostsUseCase {

    static final int MAX_QUERY_LENGTH = 200;
    /** The bulkhead's ceiling by default, however many cores. */
    static final int MAX_DEFAULT_CONCURRENT = 4;

    private final PostSearch search;
    private final Semaphore running;

    public SearchPostsService(PostSearch search) {
        this(search, defaultMaxConcurrent(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Half the cores (PostgreSQL runs beside the application by default: embedded, or on a machine of its size), at
     * least 1, at most {@value #MAX_DEFAULT_CONCURRENT}: on 2 cores one search at a time.
     */
    public static int defaultMaxConcurrent(int cores) {
        return Math.max(1, Math.min(MAX_DEFAULT_CONCURRENT, cores / 2));
    }

    public SearchPostsService(PostSearch search, int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("At least one search must be allowed at a time");
        }
        this.search = search;
        this.running = new Semaphore(maxConcurrent);
    }

    @Override
    public Page<PostSearch.Hit> search(String query, String language, PageRequest pageRequest) {
        ContentLanguage lang = validated(query, language, pageRequest);
        if (!running.tryAcquire()) {
            throw busy();
        }
        try {
            return search.search(query.strip(), lang, pageRequest);
        } finally {
            running.release();
        }
    }

    @Override
    public Optional<DependencyUnavailableException> refusalWhileFull(String query, String language,
                                                                     PageRequest pageRequest) {
        if (running.availablePermits() > 0) {
            return Optional.empty();
        }
        try {
            validated(query, language, pageRequest);
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
        return Optional.of(busy());
    }

    private static ContentLanguage validated(String query, String language, PageRequest pageRequest) {
        var validation = new Validation();
        validation.field("q", () -> {
            if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
                throw new InvalidValueException("q.invalid", "q is required, at most " + MAX_QUERY_LENGTH
                        + " characters.");
            }
            return query;
        });
        ContentLanguage lang = language == null ? null
                : validation.field("language", () -> new ContentLanguage(language));
        validation.field("page", () -> {
            if (pageRequest.offset() >= PostSearch.CANDIDATES) {
                throw new InvalidValueException("page.too-deep", "Search ranks the newest " + PostSearch.CANDIDATES
                        + " matching posts: pages past them are empty. Narrow the query instead.");
            }
            return pageRequest;
        });
        validation.throwIfInvalid();
        return lang;
    }

    private static DependencyUnavailableException busy() {
        return new DependencyUnavailableException("search-busy", "Too many searches are running at the moment. "
                + "Retry after the delay in Retry-After.", 1);
    }
}
