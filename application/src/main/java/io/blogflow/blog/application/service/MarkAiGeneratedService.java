package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.MarkAiGeneratedUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import java.time.Clock;

public final class MarkAiGeneratedService implements MarkAiGeneratedUseCase {

    private final PostRepository posts;
    private final RevisionRecorder revisions;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public MarkAiGeneratedService(PostRepository posts, RevisionRecorder revisions, Transactions transactions,
                                  Clock clock, AuditTrail audit) {
        this.posts = posts;
        this.revisions = revisions;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void markAiGenerated(PostId id, Actor actor, String reason) {
        transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, id, actor);
            if (post.details().aiGenerated()) {
                return;
            }
            var before = PostSnapshots.of(post);
            post.revise(post.fields().withDetails(post.details().asAiGenerated()), reason, clock.instant());
            Post saved = posts.update(post);
            revisions.record(saved, actor.id(), reason);
            audit.record(actor.id(), "post.ai-generated", "post", post.id(), before, PostSnapshots.of(saved));
        });
    }
}
