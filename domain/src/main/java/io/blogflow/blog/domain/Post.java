package io.blogflow.blog.domain;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A blog post, the aggregate root of the blog context. New posts start as drafts through {@link #draft}; posts loaded
 * from storage come back through {@link #rehydrate}, which trusts what was stored. Lifecycle moves are methods that
 * check the transition, the caller's rights and the publishing requirements.
 *
 * <p>The review gate: with a {@link ReviewPolicy} requiring it, an author publishing or scheduling AI-generated text
 * without an editor's current {@link ReviewApproval} sends the post to {@code pending_review} instead. An approval is
 * current until the text changes (see {@link #revise}).
 */
public final class Post {

    private final PostId id;
    private final UserId authorId;
    private PostFields fields;
    private PostStatus status;
    private Instant scheduledAt;
    private Instant publishedAt;
    private Instant deletedAt;
    private int contentVersion;
    private String lastUpdatedReason;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private ReviewApproval approval;

    private static final PostStatus[] RELEASABLE = {PostStatus.DRAFT, PostStatus.PENDING_REVIEW, PostStatus.SCHEDULED};

    private Post(PostId id, UserId authorId, PostFields fields, PostStatus status, Instant scheduledAt,
                 Instant publishedAt, Instant deletedAt, int contentVersion, String lastUpdatedReason,
                 long version, Instant createdAt, Instant updatedAt, ReviewApproval approval) {
        this.id = Objects.requireNonNull(id, "id");
        this.authorId = authorId;
        this.fields = Objects.requireNonNull(fields, "fields");
        this.status = Objects.requireNonNull(status, "status");
        this.scheduledAt = scheduledAt;
        this.publishedAt = publishedAt;
        this.deletedAt = deletedAt;
        this.contentVersion = contentVersion;
        this.lastUpdatedReason = lastUpdatedReason;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.approval = approval;
    }

    /** A new draft by {@code authorId}: content version 1. */
    public static Post draft(PostId id, UserId authorId, PostFields fields, Instant now) {
        return new Post(id, Objects.requireNonNull(authorId, "authorId"), fields, PostStatus.DRAFT, null, null, null,
                1, null, 0, now, now, null);
    }

    /** {@code authorId} may be null for posts stored before authorship was recorded; {@code approval} when none. */
    public static Post rehydrate(PostId id, UserId authorId, PostFields fields, PostStatus status, Instant scheduledAt,
                                 Instant publishedAt, Instant deletedAt, int contentVersion, String lastUpdatedReason,
                                 long version, Instant createdAt, Instant updatedAt,
                                 ReviewApproval approval) {
        return new Post(id, authorId, fields, status, scheduledAt, publishedAt, deletedAt, contentVersion,
                lastUpdatedReason, version, createdAt, updatedAt, approval);
    }

    /** Authors reach their own posts; editors and admins reach all. Posts without an author are editors' only. */
    public boolean isAccessibleTo(Actor actor) {
        return actor.managesAllContent() || (authorId != null && actor.mayAccessContentOf(authorId));
    }

    /** Refuses a change made against another version than the current one. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("post", version);
        }
    }

    /**
     * Saves new fields. The content version counts changes of the text itself (metadata edits leave it), so
     * readers and tools can tell a substantive update from a retouch; {@code reason} says why (may be null).
     * An editor's approval of AI-generated text lapses when the text readers read (title, content, excerpt) changes,
     * or when the post newly becomes AI-generated: the editor approved other text.
     */
    public void revise(PostFields newFields, String reason, Instant now) {
        Objects.requireNonNull(newFields, "fields");
        if (newFields.details().aiGenerated() && (!fields.details().aiGenerated() || textDiffers(newFields))) {
            approval = null;
        }
        replaceFields(newFields, reason, now);
    }

    /**
     * Saves fields whose only change is internal links retargeted to a moved post's new permalink. The approval of
     * AI-generated text stays: no words changed, and a scheduled post must not be held for review by a slug change
     * elsewhere.
     */
    public void reviseLinks(PostFields healedFields, String reason, Instant now) {
        replaceFields(Objects.requireNonNull(healedFields, "fields"), reason, now);
    }

    /**
     * With the review gate on, withdrawing the AI-generated disclosure is an editor's call: otherwise an author could
     * clear the flag and publish unreviewed text. Checked before {@link #revise} with the requested details.
     */
    public void requireDisclosureKept(PostDetails newDetails, Actor actor, ReviewPolicy policy) {
        if (policy.aiGeneratedRequiresApproval() && fields.details().aiGenerated() && !newDetails.aiGenerated()
                && !actor.managesAllContent()) {
            throw new LifecycleErrors.DisclosureLocked();
        }
    }

    private boolean textDiffers(PostFields newFields) {
        return !newFields.title().equals(fields.title()) || !newFields.content().equals(fields.content())
                || !newFields.excerpt().equals(fields.excerpt());
    }

    private void replaceFields(PostFields newFields, String reason, Instant now) {
        if (status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED) {
            // What is (or is about to be) public keeps what publishing required: an edit or a restored revision
            // cannot empty the content or the meta description behind publishing's back.
            requirePublishable(newFields);
        }
        if (!newFields.content().equals(fields.content())) {
            contentVersion++;
        }
        this.fields = newFields;
        this.lastUpdatedReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.updatedAt = now;
    }

    /**
     * Moves the post to the trash: it disappears from every list and read (its slug stays reserved) until restored.
     * A scheduled post is unscheduled, so the trash never publishes.
     */
    public void trash(Instant now) {
        if (deletedAt != null) {
            throw new LifecycleErrors.IllegalTransition(status, "moved to the trash again");
        }
        if (status == PostStatus.SCHEDULED) {
            status = PostStatus.DRAFT;
            scheduledAt = null;
        }
        deletedAt = now;
        updatedAt = now;
    }

    public void restoreFromTrash(Instant now) {
        if (deletedAt == null) {
            throw new LifecycleErrors.IllegalTransition(status, "restored from the trash: it is not in the trash");
        }
        deletedAt = null;
        updatedAt = now;
    }

    public boolean isTrashed() {
        return deletedAt != null;
    }

    /** A draft goes to an editor's review. Any writer who may access the post may submit it. */
    public void submitForReview(Instant now) {
        move("submitted for review", now, PostStatus.PENDING_REVIEW, PostStatus.DRAFT);
    }

    /**
     * An editor sends a post back to review from wherever it is (e.g. a reader flagged a published post); this
     * withdraws any approval of its text.
     */
    public void flagForReview(Actor actor, Instant now) {
        requireRight(actor.managesAllContent(), "flagged for review");
        move("flagged for review", now, PostStatus.PENDING_REVIEW, PostStatus.DRAFT, PostStatus.SCHEDULED,
                PostStatus.PUBLISHED, PostStatus.ARCHIVED);
        scheduledAt = null;
        approval = null;
    }

    /**
     * An editor approves the post's text for publication (draft, pending review or scheduled). The status stays: the
     * editor or the author then publishes or schedules it.
     */
    public void approve(Actor actor, Instant now) {
        requireRight(actor.managesAllContent(), "approved");
        move("approved", now, status, RELEASABLE);
        approval = new ReviewApproval(actor.id(), now);
    }

    /** Whether an author publishing or scheduling the post now would send it to review instead (the gate). */
    public boolean needsApproval(ReviewPolicy policy) {
        return policy.aiGeneratedRequiresApproval() && fields.details().aiGenerated() && approval == null;
    }

    /**
     * Publishes now, or sends the post to review when the gate holds it (see {@link #needsApproval}); an editor
     * publishing AI-generated text approves it. Authors publish their own posts, editors any; the publishing
     * requirements must hold.
     */
    public void publish(Actor actor, Instant now, ReviewPolicy policy) {
        requireRight(actor.publishes(), "published");
        requirePublishable();
        move("published", now, PostStatus.PUBLISHED, RELEASABLE);
        if (!heldForReview(actor, policy, now)) {
            markPublished(now);
        }
    }

    /**
     * Publishes later, at {@code at} (which must lie in the future); the scheduler does the rest. Gated like
     * {@link #publish}: a held post goes to review and its requested time is not kept.
     */
    public void schedule(Actor actor, Instant at, Instant now, ReviewPolicy policy) {
        requireRight(actor.publishes(), "scheduled");
        if (at == null || !at.isAfter(now)) {
            throw new ValidationException(List.of(new FieldError("scheduledAt",
                    "scheduled-at.not-future", "scheduledAt must be in the future.")));
        }
        requirePublishable();
        move("scheduled", now, PostStatus.SCHEDULED, RELEASABLE);
        if (!heldForReview(actor, policy, now)) {
            scheduledAt = at;
        }
    }

    /**
     * The scheduler's move: a scheduled post whose time has come is published at that time, unless its
     * AI-generated text lost its approval since it was scheduled (edited, or the gate turned on): then it goes to
     * review.
     */
    public void publishAsScheduled(Instant now, ReviewPolicy policy) {
        if (status != PostStatus.SCHEDULED || scheduledAt == null || scheduledAt.isAfter(now)) {
            throw new LifecycleErrors.IllegalTransition(status, "published by the scheduler");
        }
        updatedAt = now;
        if (needsApproval(policy)) {
            status = PostStatus.PENDING_REVIEW;
            scheduledAt = null;
            return;
        }
        status = PostStatus.PUBLISHED;
        markPublished(scheduledAt);
    }

    /** Takes a published (or scheduled) post back to draft. */
    public void unpublish(Actor actor, Instant now) {
        requireRight(actor.publishes(), "unpublished");
        move("unpublished", now, PostStatus.DRAFT, PostStatus.PUBLISHED, PostStatus.SCHEDULED);
        scheduledAt = null;
    }

    public void archive(Actor actor, Instant now) {
        requireRight(actor.publishes(), "archived");
        move("archived", now, PostStatus.ARCHIVED, PostStatus.PUBLISHED);
    }

    /** Publishing needs a title and slug (always present), content and a meta description. */
    private void requirePublishable() {
        requirePublishable(fields);
    }

    private static void requirePublishable(PostFields fields) {
        var missing = new ArrayList<FieldError>();
        if (fields.content().value().isBlank()) {
            missing.add(new FieldError("contentMarkdown", "content-markdown.required-to-publish",
                    "A post needs content before it is published."));
        }
        if (fields.metaDescription().isBlank()) {
            missing.add(new FieldError("metaDescription", "meta-description.required-to-publish",
                    "A post needs a meta description before it is published."));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    /**
     * The gate, after a publish or schedule move was found allowed: an editor's move approves AI-generated text; an
     * author's move of text still needing approval lands in pending review instead (unscheduled).
     */
    private boolean heldForReview(Actor actor, ReviewPolicy policy, Instant now) {
        if (actor.managesAllContent() && fields.details().aiGenerated()) {
            approval = new ReviewApproval(actor.id(), now);
        }
        if (!needsApproval(policy)) {
            return false;
        }
        status = PostStatus.PENDING_REVIEW;
        scheduledAt = null;
        return true;
    }

    private static void requireRight(boolean allowed, String move) {
        if (!allowed) {
            throw new LifecycleErrors.MoveNotAllowed(move);
        }
    }

    private void move(String description, Instant now, PostStatus to, PostStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status)) {
            throw new LifecycleErrors.IllegalTransition(status, description);
        }
        status = to;
        updatedAt = now;
    }

    /** The first publication date stays: unpublishing and republishing does not make an old post look new. */
    private void markPublished(Instant at) {
        scheduledAt = null;
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public PostId id() {
        return id;
    }

    public Optional<UserId> authorId() {
        return Optional.ofNullable(authorId);
    }

    public PostFields fields() {
        return fields;
    }

    public Title title() {
        return fields.title();
    }

    public Slug slug() {
        return fields.slug();
    }

    public MarkdownContent content() {
        return fields.content();
    }

    public PostStatus status() {
        return status;
    }

    public RenderedBody body() {
        return fields.body();
    }

    public Excerpt excerpt() {
        return fields.excerpt();
    }

    public MetaDescription metaDescription() {
        return fields.metaDescription();
    }

    public PostDetails details() {
        return fields.details();
    }

    public int contentVersion() {
        return contentVersion;
    }

    public Optional<String> lastUpdatedReason() {
        return Optional.ofNullable(lastUpdatedReason);
    }

    public Optional<Instant> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The editor's approval of the current text, if any. */
    public Optional<ReviewApproval> approval() {
        return Optional.ofNullable(approval);
    }
}
