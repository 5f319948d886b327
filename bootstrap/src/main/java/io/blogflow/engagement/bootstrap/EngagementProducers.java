package io.blogflow.engagement.bootstrap;

import io.blogflow.analytics.application.port.in.RecordEventsUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.engagement.adapter.crypto.HmacFingerprints;
import io.blogflow.engagement.application.port.in.LikeCommentUseCase;
import io.blogflow.engagement.application.port.in.LikePostUseCase;
import io.blogflow.engagement.application.port.in.PostEngagementUseCase;
import io.blogflow.engagement.application.port.in.SharePostUseCase;
import io.blogflow.engagement.application.port.out.EngageablePosts;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.LikeableComments;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.application.port.out.ShareEvents;
import io.blogflow.engagement.application.service.PostEngagementService;
import io.blogflow.engagement.application.service.ReactionsService;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Base64;

/**
 * The engagement context: likes and shares (its own tables and counts), answered to the blog through its
 * {@link PostEngagement} out-port so a post's public answer carries them (with the comments' approved counts). Comment
 * likes are checked against the comments context's public comments.
 */
@Singleton
public class EngagementProducers {

    @Produces
    @Singleton
    Fingerprints fingerprints(EngagementConfig engagement, BlogflowConfig config) {
        String secret = engagement.fingerprintSecret().filter(value -> !value.isBlank())
                .or(() -> config.llm().encryptionKey().filter(value -> !value.isBlank()))
                .orElseThrow(() -> new IllegalStateException("No secret for visitor fingerprints: set "
                        + "BLOGFLOW_ENGAGEMENT_FINGERPRINT_SECRET (or BLOGFLOW_LLM_ENCRYPTION_KEY) to 32 random bytes "
                        + "in base64."));
        try {
            return new HmacFingerprints(Base64.getDecoder().decode(secret.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("BLOGFLOW_ENGAGEMENT_FINGERPRINT_SECRET must be at least 32 bytes in "
                    + "base64 (e.g. openssl rand -base64 32).");
        }
    }

    /** Readers react to published posts only; the blog decides which those are. */
    @Produces
    @Singleton
    EngageablePosts engageablePosts(PublicPostsUseCase publicPosts) {
        return publicPosts::isPublished;
    }

    /** Readers like the comments they can see: the comments context decides which those are. */
    @Produces
    @Singleton
    LikeableComments likeableComments(PublicCommentsUseCase comments) {
        return comment -> comments.isPublic(new CommentId(comment.value()));
    }

    @Produces
    @Singleton
    @Typed({LikePostUseCase.class, LikeCommentUseCase.class, SharePostUseCase.class})
    ReactionsService reactions(Reactions reactions, ShareEvents shareEvents, EngageablePosts posts,
                               LikeableComments comments, Fingerprints fingerprints, RateLimiter limiter,
                               EngagementConfig config, Transactions transactions, IdGenerator ids, Clock clock) {
        return new ReactionsService(reactions, shareEvents, posts, comments, fingerprints, limiter,
                new RateLimiter.Limit(config.reactionsCapacity(), config.reactionsWindow()), transactions, ids, clock);
    }

    /** Shares are also analytics events ({@code share} with the network), on the post's permalink. */
    @Produces
    @Singleton
    ShareEvents shareEvents(RecordEventsUseCase analytics, PublicPostsUseCase posts, Transactions transactions,
                            BlogflowConfig config) {
        return new AnalyticsShareEvents(analytics, posts, transactions, config.site().url());
    }

    @Produces
    @Singleton
    PostEngagementUseCase postEngagement(Reactions reactions, Transactions transactions) {
        return new PostEngagementService(reactions, transactions);
    }

    /**
     * The blog's public answers carry the likes and shares counted here and the comments' approved counts, beside
     * the views the blog keeps.
     */
    @Produces
    @Singleton
    PostEngagement blogPostEngagement(PostEngagementUseCase engagement, PublicCommentsUseCase comments) {
        return new CountedPostEngagement(engagement, comments);
    }
}
