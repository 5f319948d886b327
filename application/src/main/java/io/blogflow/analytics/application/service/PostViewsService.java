package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.in.PostViewsUseCase;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.PostTotals;
import java.util.UUID;

/** Views from the post's all-time figures, the counter the public list and {@code sort=popular} read too. */
public final class PostViewsService implements PostViewsUseCase {

    private final AnalyticsReadModel reads;

    public PostViewsService(AnalyticsReadModel reads) {
        this.reads = reads;
    }

    @Override
    public long views(UUID post) {
        return reads.postTotals(post).map(PostTotals::views).orElse(0L);
    }
}
