package io.blogflow.blog.application.port.out;

import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.domain.PostId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Published, untrashed posts as sitemaps and feeds list them: narrow projections, never whole posts, so listing
 * tens of thousands stays cheap.
 */
public interface PublishedPosts {

    PublishedSnapshot snapshot();

    /**
     * Sitemap entries in publication order, oldest first (then by id), so pages stay stable as new posts arrive;
     * skips {@code offset} entries and returns at most {@code limit}.
     */
    List<SitemapUrl> sitemapUrls(long offset, int limit);

    /** For pages of {@code pageSize} entries in {@link #sitemapUrls} order: the newest change within each page. */
    List<Instant> newestUpdatePerPage(int pageSize);

    /** The newest published posts the query selects, newest first, at most {@code limit}; without bylines. */
    List<FeedItem> newest(FeedQuery query, int limit);

    /** The rendered HTML bodies of the given posts. */
    Map<PostId, String> contentHtml(Collection<PostId> posts);
}
