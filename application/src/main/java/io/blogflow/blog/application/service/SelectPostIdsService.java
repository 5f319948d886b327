package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.SelectPostIdsUseCase;
import io.blogflow.blog.application.port.out.PostIdSelection;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Post ids by tag, category and author: one read, whatever the number of posts. */
public final class SelectPostIdsService implements SelectPostIdsUseCase {

    private final PostIdSelection selection;
    private final Transactions transactions;

    public SelectPostIdsService(PostIdSelection selection, Transactions transactions) {
        this.selection = selection;
        this.transactions = transactions;
    }

    @Override
    public Set<PostId> postIds(Optional<String> tagSlug, Optional<String> categorySlug, Optional<UUID> author) {
        return transactions.inTransaction(() -> selection.select(tagSlug, categorySlug, author));
    }
}
