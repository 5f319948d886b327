package io.blogflow.blog.domain;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A blog post, the aggregate root of the blog context. New posts start as drafts through {@link #draft}; posts loaded
 * from storage come back through {@link #rehydrate}, which trusts what was stored.
 */
public final class Post {

    private final PostId id;
    private final UserId authorId;
    private Title title;
    private Slug slug;
    private MarkdownContent content;
    private final PostStatus status;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;

    private Post(PostId id, UserId authorId, Title title, Slug slug, MarkdownContent content, PostStatus status,
                 long version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.authorId = authorId;
        this.title = Objects.requireNonNull(title, "title");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Post draft(PostId id, UserId authorId, Title title, Slug slug, MarkdownContent content,
                             Instant now) {
        return new Post(id, Objects.requireNonNull(authorId, "authorId"), title, slug, content, PostStatus.DRAFT, 0,
                now, now);
    }

    /** {@code authorId} may be null for posts stored before authorship was recorded. */
    public static Post rehydrate(PostId id, UserId authorId, Title title, Slug slug, MarkdownContent content,
                                 PostStatus status, long version, Instant createdAt, Instant updatedAt) {
        return new Post(id, authorId, title, slug, content, status, version, createdAt, updatedAt);
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

    public void revise(Title newTitle, Slug newSlug, MarkdownContent newContent, Instant now) {
        this.title = Objects.requireNonNull(newTitle, "title");
        this.slug = Objects.requireNonNull(newSlug, "slug");
        this.content = Objects.requireNonNull(newContent, "content");
        this.updatedAt = now;
    }

    public PostId id() {
        return id;
    }

    public Optional<UserId> authorId() {
        return Optional.ofNullable(authorId);
    }

    public Title title() {
        return title;
    }

    public Slug slug() {
        return slug;
    }

    public MarkdownContent content() {
        return content;
    }

    public PostStatus status() {
        return status;
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
}
