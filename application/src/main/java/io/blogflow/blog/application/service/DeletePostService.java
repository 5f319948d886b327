package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.DeletePostCommand;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;

public final class DeletePostService implements DeletePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeletePostService(PostRepository posts, Transactions transactions, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeletePostCommand command) {
        transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            var before = PostSnapshots.of(post);
            post.trash(clock.instant());
            posts.update(post);
            audit.record(command.actor().id(), "post.trashed", "post", post.id(), before, null);
        });
    }
}
