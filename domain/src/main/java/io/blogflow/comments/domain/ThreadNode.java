package io.blogflow.comments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment of a public thread with its replies. A node without a comment is a tombstone: a comment that is no
 * longer public (trashed, spam, pending) but has public replies, shown so the replies keep their place; it reveals
 * nothing of the comment but its id and time.
 */
public record ThreadNode(CommentId id, Optional<CommentId> parentId, Instant createdAt, Optional<Comment> comment,
                         List<ThreadNode> replies) {

    public ThreadNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(comment, "comment");
        comment.filter(c -> !c.isPublic()).ifPresent(c -> {
            throw new IllegalArgumentException("Only approved comments are shown in a thread");
        });
        replies = List.copyOf(replies);
    }

    public boolean tombstone() {
        return comment.isEmpty();
    }
}
