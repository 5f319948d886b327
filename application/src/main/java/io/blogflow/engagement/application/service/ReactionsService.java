package io.blogflow.engagement.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.LikeCommentUseCase;
import io.blogflow.engagement.application.port.in.LikePostUseCase;
import io.blogflow.engagement.application.port.in.SharePostUseCase;
import io.blogflow.engagement.application.port.out.EngageablePosts;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.LikeableComments;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.application.port.out.ShareEvents;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.LikeState;
import io.blogflow.engagement.domain.VisitorKey;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.RateLimitedException;
import java.time.Clock;
import java.util.function.Function;

/**
 * Likes and shares. Each reaction is one short transaction: the target is checked, the like (keyed by the visitor's
 * fingerprint, never the key itself) is added or removed, and the count read back, so a client sees the count its
 * own reaction produced. A committed share is then told to {@link ShareEvents} (analytics).
 */
public final class ReactionsService implements LikePostUseCase, LikeCommentUseCase, SharePostUseCase {

    private final Reactions reactions;
    private final ShareEvents shareEvents;
    private final EngageablePosts posts;
    private final LikeableComments comments;
    private final Fingerprints fingerprints;
    private final RateLimiter limiter;
    private final RateLimiter.Limit perClient;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ReactionsService(Reactions reactions, EngageablePosts posts, LikeableComments comments,
                            Fingerprints fingerprints, RateLimiter limiter, RateLimiter.Limit perClient,
                            Transactions transactions, IdGenerator ids, Clock clock) {
        this(reactions, ShareEvents.NONE, posts, comments, fingerprints, limiter, perClient, transactions, ids, clock);
    }

    public ReactionsService(Reactions reactions, ShareEvents shareEvents, EngageablePosts posts,
                            LikeableComments comments, Fingerprints fingerprints, RateLimiter limiter,
                            RateLimiter.Limit perClient, Transactions transactions, IdGenerator ids, Clock clock) {
        this.reactions = reactions;
        this.shareEvents = shareEvents;
        this.posts = posts;
        this.comments = comments;
        this.fingerprints = fingerprints;
        this.limiter = limiter;
        this.perClient = perClient;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public LikeState like(LikePost command) {
        return react(command.client(), command.visitor(), visitor -> {
            requirePublished(command.post());
            reactions.likePost(command.post(), visitor, clock.instant());
            return new LikeState(true, reactions.postCounts(command.post()).likes());
        });
    }

    @Override
    public LikeState unlike(LikePost command) {
        return react(command.client(), command.visitor(), visitor -> {
            requirePublished(command.post());
            reactions.unlikePost(command.post(), visitor);
            return new LikeState(false, reactions.postCounts(command.post()).likes());
        });
    }

    @Override
    public LikeState like(LikeComment command) {
        return react(command.client(), command.visitor(), visitor -> {
            requireVisible(command);
            reactions.likeComment(command.comment(), visitor, clock.instant());
            return new LikeState(true, reactions.commentLikes(command.comment()));
        });
    }

    @Override
    public LikeState unlike(LikeComment command) {
        return react(command.client(), command.visitor(), visitor -> {
            requireVisible(command);
            reactions.unlikeComment(command.comment(), visitor);
            return new LikeState(false, reactions.commentLikes(command.comment()));
        });
    }

    /** Every like and unlike: the client's rate limit, the key's fingerprint (the key is never kept), one transaction. */
    private LikeState react(String client, VisitorKey key, Function<Fingerprint, LikeState> change) {
        throttle(client);
        Fingerprint visitor = fingerprints.of(key);
        return transactions.inTransaction(() -> change.apply(visitor));
    }

    @Override
    public long share(SharePost command) {
        throttle(command.client());
        long shares = transactions.inTransaction(() -> {
            requirePublished(command.post());
            reactions.share(ids.newId(), command.post(), command.network(), clock.instant());
            return reactions.postCounts(command.post()).shares();
        });
        shareEvents.shared(command);
        return shares;
    }

    private void throttle(String client) {
        var decision = limiter.consume("engagement:" + (client == null ? "unknown" : client), perClient);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
    }

    private void requirePublished(PostId post) {
        if (!posts.isPublished(post)) {
            throw new NotFoundException("post", post.toString());
        }
    }

    private void requireVisible(LikeComment command) {
        if (!comments.isVisible(command.comment())) {
            throw new NotFoundException("comment", command.comment().value().toString());
        }
    }
}
