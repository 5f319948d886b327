package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostCountersUseCase;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.application.port.out.PostViewCounts;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class PostCountersService implements PostCountersUseCase {

    private final PostViewCounts views;
    private final PostEngagement engagement;

    public PostCountersService(PostViewCounts views, PostEngagement engagement) {
        this.views = views;
        this.engagement = engagement;
    }

    @Override
    public PostCounters counters(PostId post) {
        return engagement.counters(post, new PostCounters(views.views(post), 0, 0, 0));
    }

    @Override
    public Map<PostId, PostCounters> counters(List<PostId> posts) {
        Map<PostId, Long> viewed = views.views(posts);
        Map<PostId, PostCounters> stored = new LinkedHashMap<>();
        posts.forEach(post -> stored.put(post, new PostCounters(viewed.get(post), 0, 0, 0)));
        return engagement.counters(stored);
    }
}
