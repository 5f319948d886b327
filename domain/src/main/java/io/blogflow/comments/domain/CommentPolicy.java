package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The publication's comment rules (from configuration).
 *
 * @param maxDepth                levels of a thread: 1 allows no replies, 3 allows replies to replies
 * @param minBodyChars            shortest body accepted
 * @param maxBodyChars            longest body accepted (at most {@link CommentText#HARD_MAX})
 * @param closeAfter              comments close this long after the post was published (empty: never)
 * @param autoApproveSignedIn     signed-in users' comments are approved at once (unless the spam check objects)
 * @param autoApproveKnownAuthors an anonymous author with a previously approved comment (same email) is approved
 */
public record CommentPolicy(int maxDepth, int minBodyChars, int maxBodyChars, Optional<Duration> closeAfter,
                            boolean autoApproveSignedIn, boolean autoApproveKnownAuthors) {

    public CommentPolicy {
        if (maxDepth < 1 || maxDepth > 20) {
            throw new IllegalArgumentException("The thread depth is 1 to 20 levels");
        }
        if (minBodyChars < 1 || maxBodyChars < minBodyChars || maxBodyChars > CommentText.HARD_MAX) {
            throw new IllegalArgumentException("Body limits need 1 <= min <= max <= " + CommentText.HARD_MAX);
        }
        Objects.requireNonNull(closeAfter, "closeAfter");
        closeAfter.filter(d -> d.isNegative() || d.isZero()).ifPresent(d -> {
            throw new IllegalArgumentException("Comments close after a positive period");
        });
    }

    /** Pre-moderation, three levels, 2 to 5,000 characters, never closing by age. */
    public static final CommentPolicy DEFAULT = new CommentPolicy(3, 2, 5000, Optional.empty(), false, false);

    public void checkLength(CommentText body) {
        int length = body.value().length();
        if (length < minBodyChars) {
            throw new InvalidValueException("body.too-short", "body has at least " + minBodyChars + " characters.");
        }
        if (length > maxBodyChars) {
            throw new InvalidValueException("body.too-long", "body has at most " + maxBodyChars + " characters.");
        }
    }

    /** Depth of a reply to {@code parent} (1 for a top-level comment); deeper than allowed is refused. */
    public int depthUnder(Optional<Comment> parent) {
        int depth = parent.map(p -> p.depth() + 1).orElse(1);
        if (depth > maxDepth) {
            throw new InvalidValueException("parentId.too-deep",
                    "Replies go at most " + maxDepth + " levels deep; reply higher up the thread.");
        }
        return depth;
    }

    /** Whether a post published at {@code publishedAt} takes comments at {@code now}. */
    public boolean isOpen(Instant publishedAt, boolean closedByHand, Instant now) {
        if (closedByHand) {
            return false;
        }
        return closeAfter.map(period -> publishedAt == null || now.isBefore(publishedAt.plus(period))).orElse(true);
    }

    /**
     * Spam goes to spam and a held comment waits for a moderator; otherwise approved when an auto-approve rule covers
     * the author, else pending.
     */
    public CommentState initialState(SpamVerdict verdict, boolean signedIn, boolean previouslyApproved) {
        if (verdict.spam()) {
            return CommentState.SPAM;
        }
        if (verdict.held()) {
            return CommentState.PENDING;
        }
        if (signedIn ? autoApproveSignedIn : autoApproveKnownAuthors && previouslyApproved) {
            return CommentState.APPROVED;
        }
        return CommentState.PENDING;
    }
}
