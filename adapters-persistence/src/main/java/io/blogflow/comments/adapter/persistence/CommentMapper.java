package io.blogflow.comments.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.domain.AuthorName;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentAuthor;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.CommentText;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.comments.domain.SealedEmail;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Optional;

final class CommentMapper {

    private CommentMapper() {
    }

    static CommentJpaEntity newRow(Comment comment) {
        var row = new CommentJpaEntity();
        row.id = comment.id().value();
        row.postId = comment.postId().value();
        row.parentId = comment.parentId().map(CommentId::value).orElse(null);
        row.rootId = comment.rootId().value();
        row.depth = comment.depth();
        row.createdAt = comment.createdAt();
        copyChangeableFields(comment, row);
        return row;
    }

    static void copyChangeableFields(Comment comment, CommentJpaEntity row) {
        CommentAuthor author = comment.author();
        row.authorName = author.name().value();
        row.authorEmail = author.email().map(SealedEmail::bytes).orElse(null);
        row.emailHash = author.fingerprint().map(EmailFingerprint::value).orElse(null);
        row.authorUrl = author.website().map(AuthorWebsite::value).orElse(null);
        row.userId = author.user().map(UserId::value).orElse(null);
        row.body = comment.body().value();
        row.bodyHtml = comment.bodyHtml();
        row.bodyDigest = comment.body().digest();
        row.state = comment.state().name();
        row.restoreState = comment.restoreState().map(Enum::name).orElse(null);
        row.spamReasons = comment.spamReasons();
        row.moderationReasons = comment.moderationReasons();
        row.notifyOnReply = comment.notifyOnReply();
        row.replyNotified = comment.replyNotified();
        row.updatedAt = comment.updatedAt();
    }

    static Comment toDomain(CommentJpaEntity row) {
        CommentAuthor author = new CommentAuthor(new AuthorName(row.authorName),
                Optional.ofNullable(row.authorEmail).map(SealedEmail::new),
                Optional.ofNullable(row.emailHash).map(EmailFingerprint::new),
                Optional.ofNullable(row.authorUrl).map(AuthorWebsite::new),
                Optional.ofNullable(row.userId).map(UserId::new));
        return Comment.rehydrate(new CommentId(row.id), new PostId(row.postId),
                row.parentId == null ? null : new CommentId(row.parentId), new CommentId(row.rootId), row.depth,
                author, new CommentText(row.body), row.bodyHtml, CommentState.valueOf(row.state),
                row.restoreState == null ? null : CommentState.valueOf(row.restoreState),
                row.spamReasons == null ? List.of() : row.spamReasons,
                row.moderationReasons == null ? List.of() : row.moderationReasons, row.notifyOnReply, row.replyNotified,
                row.createdAt, row.updatedAt, row.version);
    }
}
