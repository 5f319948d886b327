package io.blogflow.blog.application;

import io.blogflow.blog.domain.Slug;
import java.net.URI;
import java.util.Objects;

/**
 * The publication as readers see it: where it lives and what it is called. A post's public address is
 * {@code <url>/<slug>} (the permalink convention sitemaps, feeds, structured data, redirects and link healing share).
 */
public record Site(URI url, String title, String description) {

    public Site {
        Objects.requireNonNull(url, "url");
        String text = url.toString();
        url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The site-relative path of a post: {@code /<slug>}. */
    public static String postPath(Slug slug) {
        return "/" + slug.value();
    }

    /** The absolute permalink of a post. */
    public URI postUrl(Slug slug) {
        return URI.create(url + postPath(slug));
    }
}
