package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Readers search published posts with web-search syntax ("quoted phrase", -excluded, or). */
public interface SearchPostsUseCase {

    /** {@code language} (BCP 47, optional) restricts the search to posts in it and parses with its dictionary. */
    Page<PostSearch.Hit> search(String query, String language, PageRequest pageRequest);
}
