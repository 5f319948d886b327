package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.RecordPostViewsUseCase;
import io.blogflow.blog.application.port.out.PostViewCounts;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.Map;

/** Keeps the totals analytics counted as the blog's views counter, all posts in one write. */
public final class RecordPostViewsService implements RecordPostViewsUseCase {

    private final PostViewCounts counts;
    private final Transactions transactions;

    public RecordPostViewsService(PostViewCounts counts, Transactions transactions) {
        this.counts = counts;
        this.transactions = transactions;
    }

    @Override
    public void recordViews(Map<PostId, Long> views) {
        if (views.values().stream().anyMatch(total -> total < 0)) {
            throw new IllegalArgumentException("View totals are never negative");
        }
        if (!views.isEmpty()) {
            transactions.inTransaction(() -> counts.set(views));
        }
    }
}
