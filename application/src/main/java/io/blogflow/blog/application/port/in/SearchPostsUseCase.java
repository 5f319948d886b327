package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Readers search published posts with web-search syntax ("quoted phrase", -excluded, or). */
public interface SearchPostsUseCase {

    Page<PostSearch.Hit> search(String query, PageRequest pageRequest);
}
