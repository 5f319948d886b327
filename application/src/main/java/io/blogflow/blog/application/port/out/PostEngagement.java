package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import java.util.Map;

/**
 * Reader engagement counted outside the posts table (likes and shares by the engagement context, approved comments by
 * the comments context), for a post's public answer and the public lists. Those counts change without a
 * public-content signal, so a cached answer may show them up to the public cache's time-to-live late.
 */
public interface PostEngagement {

    /** The post's counters with what engagement and comments count; {@code stored} (its views) where nothing is. */
    PostCounters counters(PostId post, PostCounters stored);

    /**
     * The same for several posts at once (a list page), in one read per store: each post's stored counters with what
     * is counted elsewhere.
     */
    Map<PostId, PostCounters> counters(Map<PostId, PostCounters> stored);

    PostEngagement NONE = new PostEngagement() {
        @Override
        public PostCounters counters(PostId post, PostCounters stored) {
            return stored;
        }

        @Override
        public Map<PostId, PostCounters> counters(Map<PostId, PostCounters> stored) {
            return stored;
        }
    };
}
