package io.blogflow.comments.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.out.BlocklistRepository;
import io.blogflow.comments.application.port.out.SpamCheck.Submission;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.AuthorName;
import io.blogflow.comments.domain.Blocklist;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentText;
import io.blogflow.comments.domain.SpamRules;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.RateLimitedException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules adapter on its own: fake limiter, fixed clock, a repository that knows one earlier body. */
class RulesSpamCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final PostId POST = new PostId(UUID.randomUUID());
    private final HmacFormTokens tokens = new HmacFormTokens(new byte[32]);
    private final Map<String, Integer> counts = new HashMap<>();
    private final RateLimiter limiter = (key, limit) -> {
        int used = counts.merge(key, 1, Integer::sum);
        return new RateLimiter.Decision(used <= limit.capacity(), limit.capacity(),
                Math.max(0, limit.capacity() - used), 60, used <= limit.capacity() ? 0 : 42);
    };
    private final String knownDigest = new CommentText("seen before").digest();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private Blocklist blocklist = Blocklist.EMPTY;

    private final RulesSpamCheck check = new RulesSpamCheck(
            new SpamRules(Duration.ofSeconds(3), Duration.ofHours(24), 2), tokens, repository(),
            new BlocklistRepository() {
                @Override
                public Blocklist load() {
                    return blocklist;
                }

                @Override
                public void replace(Blocklist replacement) {
                    blocklist = replacement;
                }
            }, limiter, new RulesSpamCheck.Limits(new Limit(2, Duration.ofMinutes(10)),
            new Limit(3, Duration.ofMinutes(10)), Duration.ofHours(24)), transactions,
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** Only the duplicate lookup is used by the spam check. */
    private io.blogflow.comments.application.port.out.CommentRepository repository() {
        return (io.blogflow.comments.application.port.out.CommentRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[]{io.blogflow.comments.application.port.out.CommentRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("hasSameBodySince")) {
                        return knownDigest.equals(args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Submission submission(String body, String homepage, String token, String visitor, String ip) {
        return new Submission(new CommentId(UUID.randomUUID()), new CommentedPost(POST, Optional.empty(), "Tides",
                Optional.of(NOW)), new CommentText(body), new AuthorName("Ada"),
                Optional.of(new AuthorEmail("ada@example.org")), Optional.empty(), Optional.empty(), homepage, token,
                Optional.ofNullable(ip), visitor);
    }

    private String token(Duration ago) {
        return tokens.issue(POST, NOW.minus(ago));
    }

    @Test
    void aCarefulPersonPasses() {
        assertThat(check.check(submission("Thanks!", "", token(Duration.ofSeconds(20)), "v1", "10.0.0.1"))
                .spam()).isFalse();
    }

    @Test
    void eachRuleAddsItsReason() {
        var verdict = check.check(submission("seen before https://a.example https://b.example https://c.example",
                "http://bot.example", token(Duration.ofSeconds(1)), "v2", "10.0.0.2"));
        assertThat(verdict.spamReasons()).containsExactly("honeypot", "too-fast", "too-many-links");
        assertThat(check.check(submission("Seen   BEFORE", "", token(Duration.ofMinutes(1)), "v3", null)).spamReasons())
                .containsExactly("duplicate");
        assertThat(check.check(submission("Hi", "", "123.forged", "v4", null)).spamReasons())
                .containsExactly("form-token-invalid");
        blocklist = new Blocklist(Set.of(), Set.of(), Set.of("10.9.9.9"));
        assertThat(check.check(submission("Hi", "", token(Duration.ofMinutes(1)), "v5", "10.9.9.9")).spamReasons())
                .containsExactly("blocklist-address");
    }

    @Test
    void visitorsAndAddressesOverTheirLimitAreRefusedWithRetryAfter() {
        String token = token(Duration.ofMinutes(1));
        check.check(submission("One", "", token, "same", "10.1.1.1"));
        check.check(submission("Two", "", token, "same", "10.1.1.2"));
        assertThatThrownBy(() -> check.check(submission("Three", "", token, "same", "10.1.1.3")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("retryAfterSeconds", 42L);
        for (int i = 0; i < 3; i++) {
            check.check(submission("From one place " + i, "", token, "visitor-" + i, "10.2.2.2"));
        }
        assertThatThrownBy(() -> check.check(submission("Four", "", token, "visitor-9", "10.2.2.2")))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void formTokensWorkOnlyForTheirPostAndCannotBeAltered() {
        String token = tokens.issue(POST, NOW);
        assertThat(tokens.issuedAt(POST, token)).contains(NOW);
        assertThat(tokens.issuedAt(new PostId(UUID.randomUUID()), token)).isEmpty();
        long earlier = NOW.getEpochSecond() - 3600;
        assertThat(tokens.issuedAt(POST, earlier + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(tokens.issuedAt(POST, null)).isEmpty();
        assertThat(tokens.issuedAt(POST, "garbage")).isEmpty();
        assertThat(new HmacFormTokens(new byte[]{1}).issuedAt(POST, token)).isEmpty();
    }
}
