package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.DeletePostCommand;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;

public final class DeletePostService implements DeletePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;
    private final AuditTrail audit;

    public DeletePostService(PostRepository posts, Transactions transactions, AuditTrail audit) {
        this.audit = audit;
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeletePostCommand command) {
        transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            posts.remove(post);
            audit.record(command.actor().id(), "post.deleted", "post", post.id(), PostSnapshots.of(post), null);
        });
    }
}
