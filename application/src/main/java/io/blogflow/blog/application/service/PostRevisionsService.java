package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.application.port.out.TextDiffer;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.RevisionNotFoundException;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import java.util.List;

public final class PostRevisionsService implements PostRevisionsUseCase {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final TextDiffer differ;
    private final Transactions transactions;
    private final PostWritePipeline writes;

    public PostRevisionsService(PostRepository posts, PostRevisionRepository revisions, TextDiffer differ,
                                Transactions transactions, PostWritePipeline writes) {
        this.posts = posts;
        this.revisions = revisions;
        this.differ = differ;
        this.transactions = transactions;
        this.writes = writes;
    }

    @Override
    public List<PostRevision> list(PostId post, Actor actor) {
        AccessiblePosts.load(posts, post, actor);
        return revisions.findByPost(post);
    }

    @Override
    public PostRevision get(PostId post, int number, Actor actor) {
        AccessiblePosts.load(posts, post, actor);
        return revisions.find(post, number).orElseThrow(() -> new RevisionNotFoundException(post, number));
    }

    @Override
    public String diff(PostId post, int from, int to, Actor actor) {
        PostRevision before = get(post, from, actor);
        PostRevision after = get(post, to, actor);
        return differ.unifiedDiff("revision " + from, before.snapshot().content().value(), "revision " + to,
                after.snapshot().content().value());
    }

    @Override
    public Post restore(PostId id, int number, long expectedVersion, Actor actor) {
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, id, actor);
            post.requireVersion(expectedVersion);
            PostRevision revision = revisions.find(id, number)
                    .orElseThrow(() -> new RevisionNotFoundException(id, number));
            return writes.restore(post, actor, revision);
        });
    }
}
