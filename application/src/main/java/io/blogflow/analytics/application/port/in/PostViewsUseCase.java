package io.blogflow.analytics.application.port.in;

import java.util.UUID;

/**
 * A post's views as readers see them: analytics' counter ({@code post_analytics}, kept from the rollups), never a
 * column of the post, so a page view never touches the posts table or empties the public cache.
 */
public interface PostViewsUseCase {

    /** The post's page views rolled up so far; 0 before its first rollup. */
    long views(UUID post);
}
