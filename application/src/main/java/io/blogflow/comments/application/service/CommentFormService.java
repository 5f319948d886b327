package io.blogflow.comments.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.in.CommentFormUseCase;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.application.port.out.FormTokens;
import io.blogflow.comments.domain.CommentPolicy;
import io.blogflow.comments.domain.SpamRules;
import java.time.Clock;
import java.time.Instant;

/** Hands out the signed form token the spam check's timing rule reads. */
public final class CommentFormService implements CommentFormUseCase {

    private final CommentAccess access;
    private final CommentSettingsRepository settings;
    private final CommentPolicy policy;
    private final FormTokens tokens;
    private final SpamRules rules;
    private final Clock clock;
    private final io.blogflow.shared.application.port.out.Transactions transactions;

    public CommentFormService(CommentServices services, FormTokens tokens, SpamRules rules) {
        this.access = new CommentAccess(services.posts());
        this.settings = services.settings();
        this.policy = services.policy();
        this.tokens = tokens;
        this.rules = rules;
        this.clock = services.clock();
        this.transactions = services.transactions();
    }

    @Override
    public Form form(PostId post) {
        Instant now = clock.instant();
        boolean open = transactions.inTransaction(() -> {
            CommentedPost found = access.requirePublic(post);
            return policy.isOpen(found.publishedAt().orElse(null), settings.isClosed(post), now);
        });
        return new Form(open, tokens.issue(post, now), now, now.plus(rules.minFormTime()),
                now.plus(rules.maxFormAge()));
    }
}
