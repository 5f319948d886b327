package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.CreatePostCommand;
import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;

public final class CreatePostService implements CreatePostUseCase {

    private final Transactions transactions;
    private final IdGenerator ids;
    private final PostWritePipeline writes;

    public CreatePostService(Transactions transactions, IdGenerator ids, PostWritePipeline writes) {
        this.transactions = transactions;
        this.ids = ids;
        this.writes = writes;
    }

    @Override
    public Post create(CreatePostCommand command) {
        PostWritePipeline.Prepared prepared = writes.prepare(command.values());
        PostId id = new PostId(ids.newId());
        return transactions.inTransaction(() -> writes.create(id, command.actor().id(), prepared));
    }
}
