package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.out.PostCursor;
import io.blogflow.blog.application.port.out.PublishedPage;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;

/** Anonymous reading of published posts. */
public interface PublicPostsUseCase {

    /** A published post by its slug, or where an old slug of it moved to. */
    Resolution bySlug(String slug);

    /** Offsets past this many posts are refused: deeper pages are reached by cursor. */
    int MAX_OFFSET = 5_000;

    /**
     * Published posts passing the query's filters, sorted as asked; unknown category or cluster lists nothing. With
     * {@code after} null the page is asked by number (refused past {@link #MAX_OFFSET} posts), else it is the page
     * following that cursor, which must be of the query's sort. Each summary carries its counters (views, likes,
     * comments, shares).
     */
    PublishedPage list(PublicPostQuery query, PageRequest pageRequest, PostCursor after);

    /** Whether the post is published and outside the trash: what readers may see and react to. */
    boolean isPublished(PostId post);

    /** The slug of a published post outside the trash (its permalink is {@code <site url>/<slug>}). */
    Optional<Slug> publishedSlug(PostId post);

    /**
     * Exactly one of {@code post} (found, with its {@code counters}: views, likes, comments, shares, each counted
     * outside the posts row) and {@code movedTo} (permanently moved) is set.
     */
    record Resolution(Post post, Slug movedTo, PostCounters counters) {

        public static Resolution movedTo(Slug slug) {
            return new Resolution(null, slug, null);
        }
    }
}
