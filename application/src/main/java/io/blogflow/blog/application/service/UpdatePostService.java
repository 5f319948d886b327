package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.UpdatePostCommand;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.port.out.Transactions;

public final class UpdatePostService implements UpdatePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;
    private final PostWritePipeline writes;

    public UpdatePostService(PostRepository posts, Transactions transactions, PostWritePipeline writes) {
        this.posts = posts;
        this.transactions = transactions;
        this.writes = writes;
    }

    @Override
    public Post update(UpdatePostCommand command) {
        PostWritePipeline.Prepared prepared = writes.prepare(command.values());
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            return writes.edit(post, command.actor(), prepared, command.reason(), command.provenance());
        });
    }
}
