package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;

/**
 * Full-text search over published posts, best match first. Ranking is bounded: only the newest {@link #CANDIDATES}
 * matching posts are ranked (a word in every post costs the ranking of that many, not of all), so the total is the
 * number of matches among them and reaches {@link #CANDIDATES} at most ("at least that many" when it does).
 */
public interface PostSearch {

    /** How many of the newest matching posts are ranked. */
    int CANDIDATES = 500;

    /** Matches parsed with {@code language}'s dictionary and only posts in it; all posts, English, when null. */
    Page<Hit> search(String query, ContentLanguage language, PageRequest pageRequest);

    /**
     * @param snippet the best passage as HTML-escaped text, matches wrapped in {@code <mark>…</mark>}
     * @param rank    relevance; title matches weigh most, then the excerpt, then the body
     */
    record Hit(PostId id, String title, String slug, String excerpt, Instant publishedAt, String snippet,
               double rank) {
    }
}
