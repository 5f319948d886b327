package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import java.util.Map;

/**
 * How analytics hands the blog its posts' view totals after each rollup: the blog keeps them as its views counter,
 * which the public list ({@code views}, {@code sort=popular}) and the single post ({@code counters.views}) read.
 */
public interface RecordPostViewsUseCase {

    /** The posts' all-time views (totals, not increments), in the caller's transaction if there is one. */
    void recordViews(Map<PostId, Long> views);
}
