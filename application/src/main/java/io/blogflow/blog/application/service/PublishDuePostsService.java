package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Publishes due scheduled posts in batches. Each batch is claimed with row locks that concurrent instances skip, so
 * two schedulers never publish the same post; posts that came due while no instance ran are caught up on the next
 * run. AI-generated text whose approval lapsed since it was scheduled goes to review instead (the review gate).
 */
public final class PublishDuePostsService implements PublishDuePostsUseCase {

    static final int BATCH = 100;

    private final PostRepository posts;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReviewPolicy review;
    private final PostNotices notices;

    public PublishDuePostsService(PostRepository posts, Transactions transactions, Clock clock, AuditTrail audit,
                                  ReviewPolicy review, PostNotices notices) {
        this.notices = notices;
        this.review = review;
        this.posts = posts;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public int publishDue() {
        int published = 0;
        int batch;
        do {
            batch = transactions.inTransaction(this::publishBatch);
            published += batch;
        } while (batch == BATCH);
        return published;
    }

    private int publishBatch() {
        Instant now = clock.instant();
        List<Post> due = posts.claimDueForPublication(now, BATCH);
        for (Post post : due) {
            post.publishAsScheduled(now, review);
            posts.update(post);
            notices.scheduledRun(post);
            if (post.status() == PostStatus.PENDING_REVIEW) {
                audit.record(null, "post.held-for-review", "post", post.id(), Map.of("status", "SCHEDULED"),
                        Map.of("status", "PENDING_REVIEW"));
            } else {
                audit.record(null, "post.published-as-scheduled", "post", post.id(), Map.of("status", "SCHEDULED"),
                        Map.of("status", "PUBLISHED", "publishedAt", post.publishedAt().orElseThrow().toString()));
            }
        }
        return due.size();
    }
}
