package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.util.Collection;
import java.util.Map;

/**
 * Each post's views counter, kept apart from the posts row: setting it never runs the posts' public-content trigger,
 * so a counted view never empties the public caches. Analytics sets it after each rollup.
 */
public interface PostViewCounts {

    /** Sets the posts' counters to these totals; a post that no longer exists is skipped. */
    void set(Map<PostId, Long> views);

    /** The post's views; 0 before any were counted. */
    long views(PostId post);

    /** The views of each of these posts, in one read; 0 for a post before any were counted. */
    Map<PostId, Long> views(Collection<PostId> posts);
}
