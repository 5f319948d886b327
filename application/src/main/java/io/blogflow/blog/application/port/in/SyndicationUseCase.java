package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What search engines and feed readers get: sitemaps, feeds and structured data of published posts. Reads are split
 * so an adapter can answer a conditional request from the cheap part ({@link #snapshot()}, {@link #feed}) before
 * reading the expensive one ({@link #sitemap}, {@link #contents}).
 */
public interface SyndicationUseCase {

    PublishedSnapshot snapshot();

    /** The sitemap at {@code /sitemap.xml}: every published post, or an index of pages when they are too many. */
    Sitemap sitemap(PublishedSnapshot snapshot);

    /** Page {@code number} (from 1) of the sitemap index; a number past the last page is not found. */
    List<SitemapUrl> sitemapPage(PublishedSnapshot snapshot, int number);

    /** The newest published posts a feed lists; an unknown tag or category is not found. */
    Feed feed(FeedQuery query);

    /** The rendered bodies of a feed's items. */
    Map<PostId, String> contents(Feed feed);

    /** A published post with its tags, for structured data; an old slug resolves to where it moved. */
    Posting posting(String slug);

    sealed interface Sitemap {
    }

    /** Every published post fits one sitemap. */
    record UrlSet(List<SitemapUrl> urls) implements Sitemap {
    }

    /** Too many posts for one sitemap: pages 1..n, each with its newest change. */
    record SitemapIndex(List<SitemapPageRef> pages) implements Sitemap {
    }

    record SitemapPageRef(int number, Instant lastModified) {
    }

    /** A feed's items, newest first; {@code topic} names the tag or category it is restricted to, if any. */
    record Feed(Optional<String> topic, List<FeedItem> items) {
    }

    /**
     * Exactly one of {@code post} (found, with its tag names and its author's byline, null without one) and
     * {@code movedTo} (permanently moved) is set.
     */
    record Posting(Post post, List<String> tags, Byline author, Slug movedTo) {
    }
}
