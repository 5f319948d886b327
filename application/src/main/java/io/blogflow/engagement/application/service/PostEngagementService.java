package io.blogflow.engagement.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.PostEngagementUseCase;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.domain.EngagementCounts;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.Collection;
import java.util.Map;

/** Reads posts' counts: primary-key lookups in the counts table (one statement for a whole list page). */
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

    @Override
    public Map<PostId, EngagementCounts> counts(Collection<PostId> posts) {
        return posts.isEmpty() ? Map.of() : transactions.inTransaction(() -> reactions.postCounts(posts));
    }
}
