package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostMediaReferencesUseCase;
import io.blogflow.blog.application.port.out.PostMediaReferences;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.UUID;

/**
 * Whether posts show a media item. The check can race a post being saved with it, so the database's RESTRICT foreign
 * keys from posts to media (images-004) still refuse a delete the check let through.
 */
public final class PostMediaReferencesService implements PostMediaReferencesUseCase {

    private final PostMediaReferences references;
    private final Transactions transactions;

    public PostMediaReferencesService(PostMediaReferences references, Transactions transactions) {
        this.references = references;
        this.transactions = transactions;
    }

    @Override
    public boolean referenced(UUID media) {
        return transactions.inTransaction(() -> references.referenced(media));
    }
}
