package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;

/** Readers search published posts with web-search syntax ("quoted phrase", -excluded, or). */
public interface SearchPostsUseCase {

    /** {@code language} (BCP 47, optional) restricts the search to posts in it and parses with its dictionary. */
    Page<PostSearch.Hit> search(String query, String language, PageRequest pageRequest);

    /**
     * The refusal {@link #search} would meet now because as many searches as allowed are running, found without
     * taking a place or searching: empty while a place is free, and for an invalid search (whose answer is its
     * validation's). Lets an edge refuse a flood of searches cheaply; only {@link #search} takes a place, so no more
     * searches than allowed ever run, whatever this said.
     */
    Optional<DependencyUnavailableException> refusalWhileFull(String query, String language, PageRequest pageRequest);
}
