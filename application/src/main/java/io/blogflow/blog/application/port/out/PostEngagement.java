package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;

/**
 * Reader engagement counted outside the posts table (likes and shares, by the engagement context), for a post's
 * public answer. Those counts change without a public-content signal, so a cached answer may show them up to the
 * public cache's time-to-live late.
 */
public interface PostEngagement {

    /** The post's counters with what is counted elsewhere; {@code stored} where nothing is. */
    PostCounters counters(PostId post, PostCounters stored);

    PostEngagement NONE = (post, stored) -> stored;
}
