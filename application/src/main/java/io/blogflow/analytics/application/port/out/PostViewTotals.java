package io.blogflow.analytics.application.port.out;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The posts' all-time page views as the rollups last computed them ({@code post_analytics}). */
public interface PostViewTotals {

    /** The totals of the posts that have any, read at once; posts never rolled up are missing. */
    Map<UUID, Long> views(Set<UUID> posts);
}
