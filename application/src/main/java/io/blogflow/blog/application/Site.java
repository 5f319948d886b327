package io.blogflow.blog.application;

import io.blogflow.blog.domain.Slug;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The publication as readers see it: where it lives, what it is called, and its logo (absent when none is set;
 * relative to the site when not absolute). A post's public address is {@code <url>/<slug>} (the permalink convention
 * sitemaps, feeds, structured data, redirects and link healing share).
 */
public record Site(URI url, String title, String description, Optional<URI> logo) {

    public Site {
        Objects.requireNonNull(url, "url");
        String text = url.toString();
        URI home = URI.create(text.endsWith("/") ? text : text + "/");
        url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        logo = Objects.requireNonNull(logo, "logo").map(given -> given.isAbsolute() ? given : home.resolve(given));
    }

    public Site(URI url, String title, String description) {
        this(url, title, description, Optional.empty());
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
