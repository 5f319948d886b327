package io.blogflow.analytics.bootstrap;

import io.blogflow.analytics.application.port.out.PostViewCounter;
import io.blogflow.blog.application.port.in.RecordPostViewsUseCase;
import io.blogflow.blog.domain.PostId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Analytics' view totals kept as the blog's views counter, through the blog's in-port. */
final class BlogPostViewCounter implements PostViewCounter {

    private final RecordPostViewsUseCase blog;

    BlogPostViewCounter(RecordPostViewsUseCase blog) {
        this.blog = blog;
    }

    @Override
    public void update(Map<UUID, Long> views) {
        Map<PostId, Long> byPost = new LinkedHashMap<>();
        views.forEach((post, total) -> byPost.put(new PostId(post), total));
        blog.recordViews(byPost);
    }
}
