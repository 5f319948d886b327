package io.blogflow.engagement.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.LikeCommentUseCase.LikeComment;
import io.blogflow.engagement.application.port.in.LikePostUseCase.LikePost;
import io.blogflow.engagement.application.port.in.SharePostUseCase.SharePost;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.domain.CommentRef;
import io.blogflow.engagement.domain.EngagementCounts;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.LikeState;
import io.blogflow.engagement.domain.ShareNetwork;
import io.blogflow.engagement.domain.VisitorKey;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReactionsServiceTest {

    private static final PostId PUBLISHED = new PostId(UUID.randomUUID());
    private static final PostId DRAFT = new PostId(UUID.randomUUID());
    private static final VisitorKey ALICE = new VisitorKey("alice-visitor-key-0001");
    private static final VisitorKey BOB = new VisitorKey("bob-visitor-key-000002");

    private final FakeReactions reactions = new FakeReactions();
    private final CountingLimiter limiter = new CountingLimiter(5);
    private final Set<CommentRef> visibleComments = new HashSet<>();
    private final ReactionsService service = new ReactionsService(reactions, PUBLISHED::equals,
            visibleComments::contains, new HashingFingerprints(),
            limiter, new RateLimiter.Limit(5, Duration.ofMinutes(1)), new InMemoryTransactions(), UUID::randomUUID,
            Clock.fixed(Instant.parse("2026-12-05T20:00:00Z"), ZoneOffset.UTC));

    @Test
    void likingTwiceCountsOnceAndUnlikingTwiceTakesOneAway() {
        assertThat(service.like(new LikePost(PUBLISHED, ALICE, "10.0.0.1"))).isEqualTo(new LikeState(true, 1));
        assertThat(service.like(new LikePost(PUBLISHED, ALICE, "10.0.0.1"))).isEqualTo(new LikeState(true, 1));
        assertThat(service.like(new LikePost(PUBLISHED, BOB, "10.0.0.2"))).isEqualTo(new LikeState(true, 2));
        assertThat(service.unlike(new LikePost(PUBLISHED, ALICE, "10.0.0.1"))).isEqualTo(new LikeState(false, 1));
        assertThat(service.unlike(new LikePost(PUBLISHED, ALICE, "10.0.0.1"))).isEqualTo(new LikeState(false, 1));
    }

    @Test
    void onlyTheFingerprintOfTheVisitorKeyIsStored() {
        service.like(new LikePost(PUBLISHED, ALICE, "10.0.0.1"));
        assertThat(reactions.postLikes.keySet()).noneMatch(like -> like.contains(ALICE.value()));
    }

    @Test
    void postsThatAreNotPublishedTakeNoLikesOrShares() {
        assertThatThrownBy(() -> service.like(new LikePost(DRAFT, ALICE, null)))
                .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("code", "post-not-found");
        assertThatThrownBy(() -> service.share(new SharePost(DRAFT, new ShareNetwork("mastodon"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reactions.postLikes).isEmpty();
    }

    @Test
    void everyShareCounts() {
        assertThat(service.share(new SharePost(PUBLISHED, new ShareNetwork("mastodon"), "10.0.0.1"))).isEqualTo(1);
        assertThat(service.share(new SharePost(PUBLISHED, new ShareNetwork("mastodon"), "10.0.0.1"))).isEqualTo(2);
    }

    @Test
    void aCountedShareIsToldToAnalyticsAndARefusedOneIsNot() {
        java.util.List<String> told = new java.util.ArrayList<>();
        ReactionsService telling = new ReactionsService(reactions,
                share -> told.add(share.post() + " " + share.network().value() + " " + share.client() + " "
                        + share.userAgent() + " " + share.country()), PUBLISHED::equals, visibleComments::contains, new HashingFingerprints(), limiter,
                new RateLimiter.Limit(5, Duration.ofMinutes(1)), new InMemoryTransactions(), UUID::randomUUID,
                Clock.fixed(Instant.parse("2026-12-05T20:00:00Z"), ZoneOffset.UTC));
        telling.share(new SharePost(PUBLISHED, new ShareNetwork("Mastodon"), "10.0.0.3", "Firefox", "NZ"));
        assertThatThrownBy(() -> telling.share(new SharePost(DRAFT, new ShareNetwork("email"), "10.0.0.3", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(told).containsExactly(PUBLISHED + " mastodon 10.0.0.3 Firefox NZ");
    }

    @Test
    void commentsAreLikedWhenTheCommentsPortKnowsThem() {
        CommentRef comment = new CommentRef(UUID.randomUUID());
        assertThatThrownBy(() -> service.like(new LikeComment(comment, ALICE, null)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "comment-not-found");
        visibleComments.add(comment);
        assertThat(service.like(new LikeComment(comment, ALICE, null))).isEqualTo(new LikeState(true, 1));
        assertThat(service.like(new LikeComment(comment, BOB, null))).isEqualTo(new LikeState(true, 2));
        assertThat(service.unlike(new LikeComment(comment, BOB, null))).isEqualTo(new LikeState(false, 1));
    }

    @Test
    void aClientOverItsLimitIsRefusedWithRetryAfterAndNothingIsStored() {
        for (int i = 0; i < 5; i++) {
            service.like(new LikePost(PUBLISHED, ALICE, "10.0.0.9"));
        }
        assertThatThrownBy(() -> service.like(new LikePost(PUBLISHED, BOB, "10.0.0.9")))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfterSeconds()).isPositive());
        assertThat(reactions.postCounts(PUBLISHED).likes()).isEqualTo(1);
        assertThat(service.like(new LikePost(PUBLISHED, BOB, "10.0.0.10")).likeCount()).isEqualTo(2);
    }

    private static final class CountingLimiter implements RateLimiter {
        private final int capacity;
        private final Map<String, Integer> used = new HashMap<>();

        CountingLimiter(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public Decision consume(String key, Limit limit) {
            int count = used.merge(key, 1, Integer::sum);
            boolean allowed = count <= capacity;
            return new Decision(allowed, capacity, Math.max(0, capacity - count), 60, allowed ? 0 : 12);
        }
    }

    private static final class FakeReactions implements Reactions {
        final Map<String, Instant> postLikes = new HashMap<>();
        final Map<String, Instant> commentLikes = new HashMap<>();
        final Map<PostId, Integer> shares = new HashMap<>();

        @Override
        public boolean likePost(PostId post, Fingerprint visitor, Instant at) {
            return postLikes.putIfAbsent(post + "/" + visitor.hex(), at) == null;
        }

        @Override
        public boolean unlikePost(PostId post, Fingerprint visitor) {
            return postLikes.remove(post + "/" + visitor.hex()) != null;
        }

        @Override
        public boolean likeComment(CommentRef comment, Fingerprint visitor, Instant at) {
            return commentLikes.putIfAbsent(comment.value() + "/" + visitor.hex(), at) == null;
        }

        @Override
        public boolean unlikeComment(CommentRef comment, Fingerprint visitor) {
            return commentLikes.remove(comment.value() + "/" + visitor.hex()) != null;
        }

        @Override
        public void share(UUID id, PostId post, ShareNetwork network, Instant at) {
            shares.merge(post, 1, Integer::sum);
        }

        @Override
        public EngagementCounts postCounts(PostId post) {
            return new EngagementCounts(postLikes.keySet().stream().filter(k -> k.startsWith(post + "/")).count(),
                    shares.getOrDefault(post, 0));
        }

        @Override
        public Map<PostId, EngagementCounts> postCounts(java.util.Collection<PostId> posts) {
            Map<PostId, EngagementCounts> counts = new HashMap<>();
            posts.forEach(post -> counts.put(post, postCounts(post)));
            return counts;
        }

        @Override
        public long commentLikes(CommentRef comment) {
            return commentLikes.keySet().stream().filter(k -> k.startsWith(comment.value() + "/")).count();
        }
    }

    /** Test fingerprints: a plain digest (the HMAC is the crypto adapter's, tested there). */
    static final class HashingFingerprints implements io.blogflow.engagement.application.port.out.Fingerprints {

        static Fingerprint digest(String purpose, String value) {
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest((purpose + ":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return new Fingerprint(java.util.HexFormat.of().formatHex(hash));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Fingerprint of(VisitorKey visitor) {
            return digest("visitor", visitor.value());
        }

        @Override
        public Fingerprint of(io.blogflow.engagement.domain.SubscriberEmail email) {
            return digest("email", email.value());
        }

        @Override
        public Fingerprint ofToken(String token) {
            return digest("token", token);
        }

        @Override
        public Fingerprint unsubscribeProof(io.blogflow.engagement.domain.SubscriberId subscriber) {
            return digest("unsubscribe", subscriber.value().toString());
        }
    }
}
