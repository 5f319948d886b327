package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.ModerationAction;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Moderation: editors (who manage all content) moderate every post's comments, authors their own posts'. A comment
 * on someone else's post is "not found" to an author. Every change is audited.
 */
public interface ModerateCommentsUseCase {

    Page<Moderated> queue(Actor actor, CommentState state, Optional<PostId> post, PageRequest page);

    Moderated act(Actor actor, CommentId id, ModerationAction action, Optional<Long> expectedVersion);

    /** The same action on many comments in one transaction; ids the actor cannot reach are reported, not changed. */
    Bulk bulk(Actor actor, List<CommentId> ids, ModerationAction action);

    Moderated edit(Actor actor, CommentId id, String body, long expectedVersion);

    /** A comment as moderators see it: with the author's email (opened), the post's title and the spam reasons. */
    record Moderated(Comment comment, Optional<String> authorEmail, String postTitle) {
    }

    /** @param changed ids whose state changed; unchanged: already in that state; notFound: unknown or not reachable */
    record Bulk(List<CommentId> changed, List<CommentId> unchanged, List<CommentId> notFound) {
    }

    int MAX_BULK = 100;
}
