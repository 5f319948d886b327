package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.ValidationException;
import java.util.List;

public final class SearchPostsService implements SearchPostsUseCase {

    static final int MAX_QUERY_LENGTH = 200;

    private final PostSearch search;

    public SearchPostsService(PostSearch search) {
        this.search = search;
    }

    @Override
    public Page<PostSearch.Hit> search(String query, PageRequest pageRequest) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            throw new ValidationException(List.of(new FieldError("q", "q.invalid",
                    "q is required, at most " + MAX_QUERY_LENGTH + " characters.")));
        }
        return search.search(query.strip(), pageRequest);
    }
}
