package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

public final class SitemapPageNotFoundException extends DomainException {

    public SitemapPageNotFoundException(int number) {
        super(Kind.NOT_FOUND, "sitemap-page-not-found", "No sitemap page " + number + ".");
    }
}
