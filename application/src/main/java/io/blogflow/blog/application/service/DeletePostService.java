package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.DeletePostCommand;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.port.out.Transactions;

public final class DeletePostService implements DeletePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;

    public DeletePostService(PostRepository posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeletePostCommand command) {
        transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            posts.remove(post);
        });
    }
}
