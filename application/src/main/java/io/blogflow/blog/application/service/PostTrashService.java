package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostTrashUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Clock;
import java.util.Optional;

public final class PostTrashService implements PostTrashUseCase {

    private final PostRepository posts;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public PostTrashService(PostRepository posts, Transactions transactions, Clock clock, AuditTrail audit) {
        this.posts = posts;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Page<Post> list(PageRequest pageRequest, Actor actor) {
        return posts.findTrashPage(pageRequest, actor.managesAllContent() ? Optional.empty() : Optional.of(actor.id()));
    }

    @Override
    public Post restore(PostId id, long expectedVersion, Actor actor) {
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.loadFromTrash(posts, id, actor);
            post.requireVersion(expectedVersion);
            post.restoreFromTrash(clock.instant());
            Post saved = posts.update(post);
            audit.record(actor.id(), "post.restored-from-trash", "post", id);
            return saved;
        });
    }

    @Override
    public void deletePermanently(PostId id, Actor actor) {
        transactions.inTransaction(() -> {
            Post post = AccessiblePosts.loadFromTrash(posts, id, actor);
            posts.remove(post);
            audit.record(actor.id(), "post.deleted-permanently", "post", id, PostSnapshots.of(post), null);
        });
    }
}
