package io.blogflow.analytics.application.port.out;

import java.util.Map;
import java.util.UUID;

/**
 * The views counter readers see (the public list's {@code views} and {@code sort=popular}, a post's
 * {@code counters.views}): the blog keeps it, and analytics hands it the posts' totals after each rollup.
 */
public interface PostViewCounter {

    /** The posts' all-time views, totals not increments. */
    void update(Map<UUID, Long> views);
}
