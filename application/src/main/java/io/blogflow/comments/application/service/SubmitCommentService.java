package io.blogflow.comments.application.service;

import io.blogflow.comments.application.port.in.SubmitCommentCommand;
import io.blogflow.comments.application.port.in.SubmitCommentUseCase;
import io.blogflow.comments.application.port.out.CommentRenderer;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.application.port.out.ModerationCheck;
import io.blogflow.comments.application.port.out.SpamCheck;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.AuthorName;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentAuthor;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentPolicy;
import io.blogflow.comments.domain.CommentText;
import io.blogflow.comments.domain.CommentsClosedException;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.comments.domain.SpamVerdict;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes a reader's comment: validates every field, refuses closed posts, asks the spam check and, unless that found
 * spam, the moderation check (both outside the transaction: they may be slow or rate-limit), then stores the comment in the state the policy gives and tells the
 * post's author (and, for an auto-approved reply, the parent's author).
 */
public final class SubmitCommentService implements SubmitCommentUseCase {

    private final CommentRepository comments;
    private final CommentAccess access;
    private final CommentSettingsRepository settings;
    private final SpamCheck spam;
    private final ModerationCheck moderation;
    private final CommentRenderer renderer;
    private final EmailVault vault;
    private final CommentNotices notices;
    private final CommentPolicy policy;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public SubmitCommentService(CommentRepository comments, CommentServices services, SpamCheck spam) {
        this(comments, services, spam, ModerationCheck.NONE);
    }

    public SubmitCommentService(CommentRepository comments, CommentServices services, SpamCheck spam,
                                ModerationCheck moderation) {
        this.comments = comments;
        this.access = new CommentAccess(services.posts());
        this.settings = services.settings();
        this.spam = spam;
        this.moderation = moderation;
        this.renderer = services.renderer();
        this.vault = services.vault();
        this.notices = services.notices();
        this.policy = services.policy();
        this.transactions = services.transactions();
        this.ids = services.ids();
        this.clock = services.clock();
    }

    @Override
    public Comment submit(SubmitCommentCommand command) {
        var v = new Validation();
        AuthorName name = v.field("authorName", () -> new AuthorName(command.authorName()));
        Optional<AuthorEmail> email = optional(v, "authorEmail", command.authorEmail(), AuthorEmail::new);
        if (email != null && email.isEmpty() && command.user().isEmpty()) {
            v.field("authorEmail", () -> new AuthorEmail(command.authorEmail()));
        }
        Optional<AuthorWebsite> website = optional(v, "authorUrl", command.authorUrl(), AuthorWebsite::new);
        CommentText body = v.field("body", () -> {
            CommentText text = new CommentText(command.body());
            policy.checkLength(text);
            return text;
        });
        Optional<CommentId> parentId = optional(v, "parentId", command.parentId(), raw -> CommentId.parse(raw)
                .orElseThrow(() -> new InvalidValueException("parentId.not-found",
                        "parentId names no published comment of this post.")));
        v.throwIfInvalid();

        Instant now = clock.instant();
        CommentedPost post = transactions.inTransaction(() -> {
            CommentedPost found = access.requirePublic(command.post());
            if (!policy.isOpen(found.publishedAt().orElse(null), settings.isClosed(found.id()), now)) {
                throw new CommentsClosedException();
            }
            return found;
        });
        Optional<EmailFingerprint> fingerprint = email.map(vault::fingerprint);
        CommentId id = new CommentId(ids.newId());
        var submission = new SpamCheck.Submission(id, post, body, name, email, website, command.user(),
                command.homepage(), command.formToken(), command.ip(), visitor(command, fingerprint));
        SpamVerdict verdict = spam.check(submission);
        if (!verdict.spam()) {
            // spam is not worth a second opinion (nor a model call)
            verdict = verdict.and(moderation.judge(submission));
        }
        SpamVerdict screened = verdict;
        String html = renderer.render(body);
        return transactions.inTransaction(() -> {
            Optional<Comment> parent = parentId.map(asked -> comments.findById(asked).orElseThrow(() ->
                    fieldError(new InvalidValueException("parentId.not-found",
                            "parentId names no published comment of this post."))));
            boolean known = fingerprint.map(comments::hasApproved).orElse(false);
            CommentAuthor author = new CommentAuthor(name, email.map(address -> vault.seal(address, id)),
                    fingerprint, website, command.user());
            Comment comment;
            try {
                comment = Comment.submit(id, post.id(), parent, author, body, html, command.notifyOnReply(), policy,
                        screened, known, now);
            } catch (InvalidValueException e) {
                throw fieldError(e);
            }
            boolean replyNotice = comment.takeReplyNotice();
            comments.add(comment);
            notices.submitted(comment, post);
            if (replyNotice) {
                notices.replied(comment, parent.orElseThrow(), post);
            }
            return comment;
        });
    }

    /** Sender key for rate limits: the account, else the reader's visitor key, else their email's fingerprint. */
    private static String visitor(SubmitCommentCommand command, Optional<EmailFingerprint> fingerprint) {
        return command.user().map(user -> "user:" + user)
                .or(() -> command.visitorKey().filter(key -> !key.isBlank())
                        .map(key -> "visitor:" + (key.length() > 100 ? key.substring(0, 100) : key)))
                .or(() -> fingerprint.map(f -> "email:" + f.value()))
                .orElse("anonymous");
    }

    /** Blank is absent; present values are validated under {@code field}. Null when invalid. */
    private static <T> Optional<T> optional(Validation v, String field, String raw,
                                            java.util.function.Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        T value = v.field(field, () -> parse.apply(raw));
        return value == null ? null : Optional.of(value);
    }

    /** A domain refusal of one field ({@code parentId.too-deep}) as the field error clients expect. */
    static ValidationException fieldError(InvalidValueException e) {
        String code = e.code();
        String field = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        return new ValidationException(List.of(new FieldError(field, code, e.getMessage())));
    }
}
