package io.blogflow.blog.application;

import io.blogflow.blog.domain.Slug;
import java.time.Instant;

/** One published post in a sitemap: where it lives and when it last changed. */
public record SitemapUrl(Slug slug, Instant lastModified) {
}
