package io.blogflow.blog.application;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A published post as a feed lists it, without its body (see {@code SyndicationUseCase#contents}). {@code authorId}
 * is null for a post stored without one; {@code author}, the byline, is null until it is looked up and for a post
 * without an (active) author.
 */
public record FeedItem(PostId id, Slug slug, String title, String excerpt, Instant publishedAt, Instant updatedAt,
                       List<String> tags, UserId authorId, Byline author) {

    public FeedItem {
        tags = List.copyOf(tags);
    }

    public FeedItem withAuthor(Byline byline) {
        return new FeedItem(id, slug, title, excerpt, publishedAt, updatedAt, tags, authorId, byline);
    }
}
