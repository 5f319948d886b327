package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.Optional;
import java.util.Set;

/** Where posts live. Implementations throw {@code SlugTakenException} when storage refuses a duplicate slug. */
public interface PostRepository {

    /** Stores a new post and returns it as stored. */
    Post add(Post post);

    Optional<Post> findById(PostId id);

    Optional<Post> findBySlug(Slug slug);

    /** Posts not in the trash, newest first (creation time, then id); only {@code author}'s posts when given. */
    Page<Post> findPage(PageRequest pageRequest, Optional<UserId> author);

    /** Published posts not in the trash that pass the filter, in its order. */
    /**
     * Published posts passing the filter: the page asked by number, or, with {@code after} set, the page that follows
     * that cursor (the page number is then ignored).
     */
    PublishedPage findPublished(PublishedPostFilter filter, PageRequest pageRequest, PostCursor after);

    /**
     * A post to answer a reader with, never to change: the adapter may load it read-only (no dirty-checking
     * snapshot), bounded in time and without its Markdown source ({@code content()} then empty: readers get the
     * rendered body). By default the same as {@link #findBySlug}.
     */
    default Optional<Post> readBySlug(Slug slug) {
        return findBySlug(slug);
    }

    /** Posts in the trash, most recently trashed first; only {@code author}'s posts when given. */
    Page<Post> findTrashPage(PageRequest pageRequest, Optional<UserId> author);

    /** Up to {@code limit} posts put in the trash before {@code cutoff}, oldest first. */
    java.util.List<Post> findTrashedBefore(java.time.Instant cutoff, int limit);

    /** Stores the changed post and returns it with its new version; a concurrent change is a stale version. */
    Post update(Post post);

    /** Deletes the post as loaded; a concurrent change since loading it is a stale version. */
    void remove(Post post);

    /**
     * Scheduled posts due at {@code now}, locked for this transaction and skipped by any other instance's
     * concurrent claim ({@code FOR UPDATE SKIP LOCKED}), so each is published exactly once.
     */
    java.util.List<Post> claimDueForPublication(java.time.Instant now, int limit);

    /** All posts of one author, newest first. */
    java.util.List<Post> findByAuthor(UserId author);

    /** Moves every post of {@code from} to {@code to} (erasure with reassignment); returns how many moved. */
    int reassignAuthor(UserId from, UserId to);

    /** The slugs in use that equal {@code base} or extend it with a suffix ({@code base-…}). */
    Set<String> slugsStartingWith(Slug base);

    boolean isSlugTakenByAnotherPost(Slug slug, PostId self);
}
