package io.blogflow.comments.domain;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Test fixtures: comments as a reader or a signed-in user would submit them. */
final class Comments {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final PostId POST = new PostId(UUID.randomUUID());

    static CommentAuthor anonymous() {
        return new CommentAuthor(new AuthorName("Ada"), Optional.of(new SealedEmail(new byte[]{1, 2})),
                Optional.of(new EmailFingerprint("a".repeat(64))), Optional.empty(), Optional.empty());
    }

    static CommentAuthor signedIn() {
        return new CommentAuthor(new AuthorName("Grace"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new UserId(UUID.randomUUID())));
    }

    static Comment approved(Optional<Comment> parent, Instant at) {
        Comment comment = pending(parent, at);
        comment.moderate(ModerationAction.APPROVE, at);
        return comment;
    }

    static Comment pending(Optional<Comment> parent, Instant at) {
        return Comment.submit(new CommentId(UUID.randomUUID()), POST, parent, anonymous(), new CommentText("Nice post"),
                "<p>Nice post</p>", false, CommentPolicy.DEFAULT, SpamVerdict.CLEAN, false, at);
    }

    private Comments() {
    }
}
