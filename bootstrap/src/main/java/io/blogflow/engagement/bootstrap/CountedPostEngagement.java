package io.blogflow.engagement.bootstrap;

import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase;
import io.blogflow.engagement.application.port.in.PostEngagementUseCase;
import io.blogflow.engagement.domain.EngagementCounts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A post's counters as readers see them: views as the blog gives them (its own counter, set from analytics'
 * rollups), likes and shares from the engagement context, comments (approved) from the comments context. All are kept
 * in tables of their own, never in the posts row, so no page view, reaction or moderation empties the public caches.
 * A list page is read with one statement per store.
 */
final class CountedPostEngagement implements PostEngagement {

    private final PostEngagementUseCase engagement;
    private final PublicCommentsUseCase comments;

    CountedPostEngagement(PostEngagementUseCase engagement, PublicCommentsUseCase comments) {
        this.engagement = engagement;
        this.comments = comments;
    }

    @Override
    public PostCounters counters(PostId post, PostCounters stored) {
        EngagementCounts counts = engagement.counts(post);
        return new PostCounters(stored.views(), counts.likes(), comments.approvedCount(post),
                counts.shares());
    }

    @Override
    public Map<PostId, PostCounters> counters(Map<PostId, PostCounters> stored) {
        Map<PostId, EngagementCounts> reactions = engagement.counts(stored.keySet());
        Map<PostId, Long> approved = comments.approvedCounts(stored.keySet());
        Map<PostId, PostCounters> counted = new LinkedHashMap<>();
        stored.forEach((post, own) -> {
            EngagementCounts counts = reactions.getOrDefault(post, EngagementCounts.NONE);
            counted.put(post, new PostCounters(own.views(), counts.likes(), approved.getOrDefault(post, 0L),
                    counts.shares()));
        });
        return counted;
    }
}
