package io.blogflow.comments.bootstrap;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.comments.adapter.markdown.CommonmarkCommentRenderer;
import io.blogflow.comments.application.port.in.CommentBlocklistUseCase;
import io.blogflow.comments.application.port.in.CommentFormUseCase;
import io.blogflow.comments.application.port.in.CommentSettingsUseCase;
import io.blogflow.comments.application.port.in.ModerateCommentsUseCase;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase;
import io.blogflow.comments.application.port.in.SubmitCommentUseCase;
import io.blogflow.comments.application.port.out.BlocklistRepository;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.application.port.out.FormTokens;
import io.blogflow.comments.application.port.out.ModerationCheck;
import io.blogflow.comments.application.port.out.SpamCheck;
import io.blogflow.comments.application.service.CommentBlocklistService;
import io.blogflow.comments.application.service.CommentFormService;
import io.blogflow.comments.application.service.CommentNotices;
import io.blogflow.comments.application.service.CommentServices;
import io.blogflow.comments.application.service.CommentSettingsService;
import io.blogflow.comments.application.service.CommentsPersonalData;
import io.blogflow.comments.application.service.ModerateCommentsService;
import io.blogflow.comments.application.service.PublicCommentsService;
import io.blogflow.comments.application.service.SubmitCommentService;
import io.blogflow.comments.domain.CommentPolicy;
import io.blogflow.comments.domain.SpamRules;
import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.application.port.out.PromptVocabulary;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the comments context: policy and spam rules from configuration, its keys, adapters and services. */
@Singleton
public class CommentProducers {

    /** A missing or malformed key stops the start, not the first comment. */
    void checkConfiguration(@Observes StartupEvent started, CommentKeys keys, CommentPolicy policy, SpamRules rules,
                            ModerationCheck moderation) {
        keys.derive("check");
    }

    @Produces
    @Singleton
    CommentKeys commentKeys(CommentsConfig config, BlogflowConfig blogflow) {
        return new CommentKeys(config.hashKey(), blogflow.llm().encryptionKey());
    }

    @Produces
    @Singleton
    CommentPolicy commentPolicy(CommentsConfig config) {
        return new CommentPolicy(config.maxDepth(), config.minLength(), config.maxLength(), config.closeAfter(),
                config.autoApproveSignedIn(), config.autoApproveKnownAuthors());
    }

    @Produces
    @Singleton
    SpamRules spamRules(CommentsConfig config) {
        return new SpamRules(config.spam().minFormTime(), config.spam().maxFormAge(), config.spam().maxLinks());
    }

    @Produces
    @Singleton
    EmailVault emailVault(SecretCipher cipher, CommentKeys keys) {
        return new CipherEmailVault(cipher, keys.derive("comments-email-fingerprint"));
    }

    @Produces
    @Singleton
    FormTokens formTokens(CommentKeys keys) {
        return new HmacFormTokens(keys.derive("comments-form-token"));
    }

    @Produces
    @Singleton
    SpamCheck spamCheck(SpamRules rules, FormTokens tokens, CommentRepository comments, BlocklistRepository blocklist,
                        RateLimiter limiter, CommentsConfig config, Transactions transactions, Clock clock) {
        var spam = config.spam();
        return new RulesSpamCheck(rules, tokens, comments, blocklist, limiter, new RulesSpamCheck.Limits(
                new Limit(spam.visitorLimit(), spam.visitorWindow()), new Limit(spam.ipLimit(), spam.ipWindow()),
                spam.duplicateWindow()), transactions, clock);
    }

    /** The LLM moderation check when a prompt is configured; none otherwise (the default). */
    @Produces
    @Singleton
    ModerationCheck moderationCheck(CommentsConfig config, ResolvePromptUseCase prompts,
                                    GenerateTextUseCase generator) {
        var llm = config.llmModeration();
        return llm.prompt().filter(name -> !name.isBlank())
                .<ModerationCheck>map(name -> new LlmModerationCheck(new PromptReference(name, llm.promptLabel(),
                        null), llm.timeout(), prompts, generator))
                .orElse(ModerationCheck.NONE);
    }

    /** So a moderation prompt with the comment's placeholders can be saved. */
    @Produces
    @Singleton
    PromptVocabulary moderationPromptVocabulary() {
        return new ModerationPromptVocabulary();
    }

    @Produces
    @Singleton
    CommentNotices commentNotices(Notices notices, OutgoingMail mail, EmailVault vault, BlogflowConfig config) {
        return new CommentNotices(notices, mail, vault, config.site().url().toString());
    }

    @Produces
    @Singleton
    CommentServices commentServices(PostRepository posts, CommentSettingsRepository settings, EmailVault vault,
                                    CommentNotices notices, CommentPolicy policy, AuditTrail audit,
                                    Transactions transactions, IdGenerator ids, Clock clock) {
        return new CommentServices(new BlogCommentedPosts(posts), settings, new CommonmarkCommentRenderer(), vault,
                notices, policy, audit, transactions, ids, clock);
    }

    @Produces
    @Singleton
    SubmitCommentUseCase submitComment(CommentRepository comments, CommentServices services, SpamCheck spam,
                                       ModerationCheck moderation) {
        return new SubmitCommentService(comments, services, spam, moderation);
    }

    @Produces
    @Singleton
    PublicCommentsUseCase publicComments(CommentRepository comments, CommentServices services) {
        return new PublicCommentsService(comments, services);
    }

    @Produces
    @Singleton
    CommentFormUseCase commentForm(CommentServices services, FormTokens tokens, SpamRules rules) {
        return new CommentFormService(services, tokens, rules);
    }

    @Produces
    @Singleton
    ModerateCommentsUseCase moderateComments(CommentRepository comments, CommentServices services) {
        return new ModerateCommentsService(comments, services);
    }

    @Produces
    @Singleton
    CommentSettingsUseCase commentSettings(CommentRepository comments, CommentServices services) {
        return new CommentSettingsService(comments, services);
    }

    @Produces
    @Singleton
    CommentBlocklistUseCase commentBlocklist(BlocklistRepository blocklist, AuditTrail audit,
                                             Transactions transactions) {
        return new CommentBlocklistService(blocklist, audit, transactions);
    }

    @Produces
    @Singleton
    PersonalDataHolder commentsPersonalData(CommentRepository comments, ContactsUseCase contacts, EmailVault vault,
                                            Clock clock) {
        return new CommentsPersonalData(comments, user -> contacts.find(user).map(ContactsUseCase.Contact::email),
                vault, clock);
    }
}
