package io.blogflow.blog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.port.out.InMemoryPostViewCounts;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostCountersServiceTest {

    private final PostId post = new PostId(UUID.randomUUID());
    private final InMemoryPostViewCounts views = new InMemoryPostViewCounts();

    @Test
    void aPostsCountersAreItsViewsCounterWithWhatEngagementCounts() {
        views.set(Map.of(post, 42L));
        PostEngagement likesAndComments = new PostEngagement() {
            @Override
            public PostCounters counters(PostId id, PostCounters stored) {
                return new PostCounters(stored.views(), 7, 3, 2);
            }

            @Override
            public Map<PostId, PostCounters> counters(Map<PostId, PostCounters> stored) {
                throw new AssertionError("one post is counted on its own");
            }
        };

        assertThat(new PostCountersService(views, likesAndComments).counters(post))
                .isEqualTo(new PostCounters(42, 7, 3, 2));
    }

    @Test
    void aPostNobodyReadYetCountsZero() {
        assertThat(new PostCountersService(views, PostEngagement.NONE).counters(post)).isEqualTo(PostCounters.ZERO);
    }
}
