package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.blog.domain.ContentLanguage;

public final class SearchPostsService implements SearchPostsUseCase {

    static final int MAX_QUERY_LENGTH = 200;

    private final PostSearch search;

    public SearchPostsService(PostSearch search) {
        this.search = search;
    }

    @Override
    public Page<PostSearch.Hit> search(String query, String language, PageRequest pageRequest) {
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
        return search.search(query.strip(), lang, pageRequest);
    }
}
