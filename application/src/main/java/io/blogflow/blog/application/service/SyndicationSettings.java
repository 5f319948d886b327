package io.blogflow.blog.application.service;

/**
 * Sizes of what syndication lists. A sitemap holds at most 50,000 URLs (the sitemaps.org limit); feeds are capped
 * so one request never renders hundreds of full bodies.
 */
public record SyndicationSettings(int sitemapMaxUrls, int feedSize) {

    public static final int SITEMAP_PROTOCOL_LIMIT = 50_000;
    public static final int MAX_FEED_SIZE = 100;

    public SyndicationSettings {
        if (sitemapMaxUrls < 1 || sitemapMaxUrls > SITEMAP_PROTOCOL_LIMIT) {
            throw new IllegalArgumentException("blogflow.sitemap.max-urls must be between 1 and "
                    + SITEMAP_PROTOCOL_LIMIT + ", not " + sitemapMaxUrls);
        }
        if (feedSize < 1 || feedSize > MAX_FEED_SIZE) {
            throw new IllegalArgumentException("blogflow.feeds.size must be between 1 and " + MAX_FEED_SIZE
                    + ", not " + feedSize);
        }
    }
}
