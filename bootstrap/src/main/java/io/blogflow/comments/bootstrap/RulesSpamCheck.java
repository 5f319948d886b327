package io.blogflow.comments.bootstrap;

import io.blogflow.comments.application.port.out.BlocklistRepository;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.FormTokens;
import io.blogflow.comments.application.port.out.SpamCheck;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.SpamRules;
import io.blogflow.comments.domain.SpamVerdict;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.RateLimiter.Decision;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules-based {@link SpamCheck}: per-visitor and per-address rate limits (429), then the honeypot, the form
 * token's age, the number of links, a duplicate body and the admin's blocklist, each adding a reason.
 */
final class RulesSpamCheck implements SpamCheck {

    private final SpamRules rules;
    private final FormTokens tokens;
    private final CommentRepository comments;
    private final BlocklistRepository blocklist;
    private final RateLimiter limiter;
    private final Limits limits;
    private final Transactions transactions;
    private final Clock clock;

    /** @param duplicateWindow how far back an identical body counts as a duplicate */
    record Limits(Limit perVisitor, Limit perIp, Duration duplicateWindow) {
    }

    RulesSpamCheck(SpamRules rules, FormTokens tokens, CommentRepository comments, BlocklistRepository blocklist,
                   RateLimiter limiter, Limits limits, Transactions transactions, Clock clock) {
        this.rules = rules;
        this.tokens = tokens;
        this.comments = comments;
        this.blocklist = blocklist;
        this.limiter = limiter;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SpamVerdict check(Submission submission) {
        limit("comments:visitor:" + submission.visitor(), limits.perVisitor());
        submission.ip().ifPresent(ip -> limit("comments:ip:" + ip, limits.perIp()));
        Instant now = clock.instant();
        List<String> reasons = new ArrayList<>();
        rules.honeypot(submission.homepage()).ifPresent(reasons::add);
        rules.formTiming(tokens.issuedAt(submission.post().id(), submission.formToken()), now).ifPresent(reasons::add);
        rules.links(submission.body().value()).ifPresent(reasons::add);
        transactions.inTransaction(() -> {
            if (comments.hasSameBodySince(submission.body().digest(), now.minus(limits.duplicateWindow()))) {
                reasons.add("duplicate");
            }
            String text = submission.body().value() + "\n" + submission.name().value() + "\n"
                    + submission.website().map(AuthorWebsite::value).orElse("");
            reasons.addAll(blocklist.load().matches(text, SpamRules.hostsOf(submission.body(), submission.website()),
                    submission.email().map(AuthorEmail::value), submission.ip()));
        });
        return new SpamVerdict(reasons);
    }

    private void limit(String key, Limit limit) {
        Decision decision = limiter.consume(key, limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(Math.max(1, decision.retryAfterSeconds()));
        }
    }
}
