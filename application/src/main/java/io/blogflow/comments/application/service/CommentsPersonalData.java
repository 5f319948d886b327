package io.blogflow.comments.application.service;

import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommenterAccounts;
import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comments context's part of GDPR requests: the comments a person wrote signed in, or anonymously with their
 * account's email address. Erasure anonymises the author (name, email, website, account) and keeps the text.
 */
public final class CommentsPersonalData implements PersonalDataHolder {

    private final CommentRepository comments;
    private final CommenterAccounts accounts;
    private final EmailVault vault;
    private final Clock clock;

    public CommentsPersonalData(CommentRepository comments, CommenterAccounts accounts, EmailVault vault,
                                Clock clock) {
        this.comments = comments;
        this.accounts = accounts;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public Object export(UserId user) {
        return mine(user).stream().map(this::exported).toList();
    }

    @Override
    public void erase(UserId user, Optional<UserId> successor) {
        for (Comment comment : mine(user)) {
            comment.eraseAuthor(clock.instant());
            comments.update(comment);
        }
    }

    private List<Comment> mine(UserId user) {
        Optional<EmailFingerprint> fingerprint = accounts.email(user).flatMap(CommentsPersonalData::email)
                .map(vault::fingerprint);
        return comments.byAuthor(user, fingerprint);
    }

    private static Optional<AuthorEmail> email(String raw) {
        try {
            return Optional.of(new AuthorEmail(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> exported(Comment comment) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", comment.id().toString());
        map.put("postId", comment.postId().toString());
        comment.parentId().ifPresent(parent -> map.put("parentId", parent.toString()));
        map.put("authorName", comment.author().name().value());
        comment.author().email().ifPresent(sealed -> map.put("authorEmail", vault.open(sealed, comment.id()).value()));
        comment.author().website().ifPresent(website -> map.put("authorUrl", website.value()));
        map.put("body", comment.body().value());
        map.put("state", comment.state().code());
        map.put("notifyOnReply", comment.notifyOnReply());
        map.put("createdAt", comment.createdAt().toString());
        return map;
    }
}
