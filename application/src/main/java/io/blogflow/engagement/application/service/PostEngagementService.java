package io.blogflow.engagement.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.PostEngagementUseCase;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.domain.EngagementCounts;
import io.blogflow.shared.application.port.out.Transactions;

/** Reads a post's counts: one primary-key lookup in the counts table. */
public final class PostEngagementService implements PostEngagementUseCase {

    private final Reactions reactions;
    private final Transactions transactions;

    public PostEngagementService(Reactions reactions, Transactions transactions) {
        this.reactions = reactions;
        this.transactions = transactions;
    }

    @Override
    public EngagementCounts counts(PostId post) {
        return transactions.inTransaction(() -> reactions.postCounts(post));
    }
}
