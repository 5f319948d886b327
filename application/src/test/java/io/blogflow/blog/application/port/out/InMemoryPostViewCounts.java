package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Views counters in a map, for service tests: every post exists. */
public final class InMemoryPostViewCounts implements PostViewCounts {

    private final Map<PostId, Long> views = new HashMap<>();

    @Override
    public void set(Map<PostId, Long> totals) {
        views.putAll(totals);
    }

    @Override
    public long views(PostId post) {
        return views.getOrDefault(post, 0L);
    }

    @Override
    public Map<PostId, Long> views(Collection<PostId> posts) {
        Map<PostId, Long> counted = new HashMap<>();
        posts.forEach(post -> counted.put(post, views(post)));
        return counted;
    }
}
