package io.blogflow.blog.application;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.time.Instant;
import java.util.List;

/**
 * A published post as a feed lists it, without its body (see {@code SyndicationUseCase#contents}); {@code author}
 * is null for a post without an (active) author.
 */
public record FeedItem(PostId id, Slug slug, String title, String excerpt, Instant publishedAt, Instant updatedAt,
                       List<String> tags, Byline author) {

    public FeedItem {
        tags = List.copyOf(tags);
    }
}
