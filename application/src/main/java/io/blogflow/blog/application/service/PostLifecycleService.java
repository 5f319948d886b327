package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.ChangePostStatusUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

public final class PostLifecycleService implements ChangePostStatusUseCase {

    private final PostRepository posts;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReviewPolicy review;
    private final PostNotices notices;

    public PostLifecycleService(PostRepository posts, Transactions transactions, Clock clock, AuditTrail audit,
                                ReviewPolicy review, PostNotices notices) {
        this.notices = notices;
        this.review = review;
        this.posts = posts;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Post move(Command command) {
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            String before = post.status().name();
            Instant now = clock.instant();
            switch (command.move()) {
                case SUBMIT_FOR_REVIEW -> post.submitForReview(now);
                case FLAG_FOR_REVIEW -> post.flagForReview(command.actor(), now);
                case APPROVE -> post.approve(command.actor(), now);
                case PUBLISH -> post.publish(command.actor(), now, review);
                case SCHEDULE -> post.schedule(command.actor(), command.scheduledAt(), now, review);
                case UNPUBLISH -> post.unpublish(command.actor(), now);
                case ARCHIVE -> post.archive(command.actor(), now);
            }
            Post saved = posts.update(post);
            notices.moved(saved, command.move(), io.blogflow.blog.domain.PostStatus.valueOf(before),
                    command.actor().id());
            audit.record(command.actor().id(), "post." + command.move().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "post", post.id(), Map.of("status", before), after(saved));
            return saved;
        });
    }

    /** The new status, and who approved the text when an approval stands (a publish by an author may be held). */
    private static Map<String, Object> after(Post saved) {
        var after = new HashMap<String, Object>(Map.of("status", saved.status().name()));
        saved.approval().ifPresent(approval -> after.put("reviewApprovedBy", approval.approvedBy().value().toString()));
        return after;
    }
}
