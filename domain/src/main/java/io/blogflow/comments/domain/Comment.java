package io.blogflow.comments.domain;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's comment on a post, the aggregate root of the comments context. Threaded: a reply names its parent and
 * knows the top-level comment it hangs under ({@link #rootId()}) and its depth. New comments come from
 * {@link #submit}, stored ones back through {@link #rehydrate}. Moderation moves the {@link CommentState}; a comment
 * moved to spam or trash remembers where {@code restore} brings it back to.
 */
public final class Comment {

    private final CommentId id;
    private final PostId postId;
    private final CommentId parentId;
    private final CommentId rootId;
    private final int depth;
    private CommentAuthor author;
    private CommentText body;
    private String bodyHtml;
    private CommentState state;
    private CommentState restoreState;
    private final List<String> spamReasons;
    private final List<String> moderationReasons;
    private boolean notifyOnReply;
    private boolean replyNotified;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Comment(CommentId id, PostId postId, CommentId parentId, CommentId rootId, int depth,
                    CommentAuthor author, CommentText body, String bodyHtml, CommentState state,
                    CommentState restoreState, List<String> spamReasons, List<String> moderationReasons,
                    boolean notifyOnReply, boolean replyNotified, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.postId = Objects.requireNonNull(postId, "postId");
        this.parentId = parentId;
        this.rootId = Objects.requireNonNull(rootId, "rootId");
        this.depth = depth;
        this.author = Objects.requireNonNull(author, "author");
        this.body = Objects.requireNonNull(body, "body");
        this.bodyHtml = Objects.requireNonNull(bodyHtml, "bodyHtml");
        this.state = Objects.requireNonNull(state, "state");
        this.restoreState = restoreState;
        this.spamReasons = List.copyOf(spamReasons);
        this.moderationReasons = List.copyOf(moderationReasons);
        this.notifyOnReply = notifyOnReply;
        this.replyNotified = replyNotified;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * A new comment on {@code postId}, or a reply to {@code parent} (which must be an approved comment of the same
     * post). Length and depth follow the policy; the state comes from the policy and the spam verdict.
     */
    public static Comment submit(CommentId id, PostId postId, Optional<Comment> parent, CommentAuthor author,
                                 CommentText body, String bodyHtml, boolean notifyOnReply, CommentPolicy policy,
                                 SpamVerdict verdict, boolean previouslyApproved, Instant now) {
        if (author.user().isEmpty() && author.email().isEmpty()) {
            throw new InvalidValueException("authorEmail.required", "authorEmail is required.");
        }
        policy.checkLength(body);
        parent.filter(p -> !p.postId.equals(postId) || p.state != CommentState.APPROVED).ifPresent(p -> {
            throw new InvalidValueException("parentId.not-found", "parentId names no published comment of this post.");
        });
        int depth = policy.depthUnder(parent);
        CommentState state = policy.initialState(verdict, author.signedIn(), previouslyApproved);
        return new Comment(id, postId, parent.map(Comment::id).orElse(null),
                parent.map(Comment::rootId).orElse(id), depth, author, body, bodyHtml, state,
                state == CommentState.SPAM ? CommentState.PENDING : null, verdict.spamReasons(),
                verdict.moderationReasons(), notifyOnReply && (author.email().isPresent() || author.signedIn()), false, now, now, 0);
    }

    public static Comment rehydrate(CommentId id, PostId postId, CommentId parentId, CommentId rootId, int depth,
                                    CommentAuthor author, CommentText body, String bodyHtml, CommentState state,
                                    CommentState restoreState, List<String> spamReasons,
                                    List<String> moderationReasons, boolean notifyOnReply, boolean replyNotified,
                                    Instant createdAt, Instant updatedAt, long version) {
        return new Comment(id, postId, parentId, rootId, depth, author, body, bodyHtml, state, restoreState,
                spamReasons, moderationReasons, notifyOnReply, replyNotified, createdAt, updatedAt, version);
    }

    /**
     * Applies a moderator's action; true when the state changed. Approve, spam and trash are idempotent; restore
     * brings a spam or trashed comment back to the state it had before (pending if it came in as spam).
     */
    public boolean moderate(ModerationAction action, Instant now) {
        CommentState target = switch (action) {
            case APPROVE -> CommentState.APPROVED;
            case SPAM -> CommentState.SPAM;
            case TRASH -> CommentState.TRASH;
            case RESTORE -> restoreTarget();
        };
        if (target == state) {
            return false;
        }
        if (target == CommentState.SPAM || target == CommentState.TRASH) {
            restoreState = state == CommentState.SPAM || state == CommentState.TRASH ? CommentState.PENDING : state;
        } else {
            restoreState = null;
        }
        state = target;
        updatedAt = now;
        return true;
    }

    private CommentState restoreTarget() {
        if (state != CommentState.SPAM && state != CommentState.TRASH) {
            throw new NotRestorableException(state);
        }
        return restoreState == null ? CommentState.PENDING : restoreState;
    }

    /** A moderator's correction of the text, checked against the version they read. */
    public void edit(CommentText newBody, String newHtml, CommentPolicy policy, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new StaleVersionException("comment", version);
        }
        policy.checkLength(newBody);
        body = newBody;
        bodyHtml = Objects.requireNonNull(newHtml, "newHtml");
        updatedAt = now;
    }

    /** GDPR erasure: the author becomes anonymous; the text stays (it may be part of a conversation). */
    public void eraseAuthor(Instant now) {
        author = CommentAuthor.erased();
        notifyOnReply = false;
        updatedAt = now;
    }

    /**
     * Whether the parent's author is still to hear of this reply: true once, when the reply is public; the caller
     * sends the notice (if the parent's author opted in).
     */
    public boolean takeReplyNotice() {
        if (parentId == null || !isPublic() || replyNotified) {
            return false;
        }
        replyNotified = true;
        return true;
    }

    public boolean replyNotified() {
        return replyNotified;
    }

    public boolean isPublic() {
        return state == CommentState.APPROVED;
    }

    public CommentId id() {
        return id;
    }

    public PostId postId() {
        return postId;
    }

    public Optional<CommentId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public CommentId rootId() {
        return rootId;
    }

    public int depth() {
        return depth;
    }

    public CommentAuthor author() {
        return author;
    }

    public CommentText body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public CommentState state() {
        return state;
    }

    public Optional<CommentState> restoreState() {
        return Optional.ofNullable(restoreState);
    }

    public List<String> spamReasons() {
        return spamReasons;
    }

    /** Why screening held the comment for a moderator (e.g. the LLM moderation check's reasons); empty if it did not. */
    public List<String> moderationReasons() {
        return moderationReasons;
    }

    public boolean notifyOnReply() {
        return notifyOnReply;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Restore was asked of a comment that is neither spam nor in the trash. */
    public static final class NotRestorableException extends DomainException {

        public NotRestorableException(CommentState state) {
            super(Kind.CONFLICT, "comment-not-restorable",
                    "Only spam or trashed comments can be restored; this one is " + state.code() + ".");
        }
    }
}
