package io.blogflow.blog.application.service;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.ResolveRedirectUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.RedirectRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectErrors;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.Validation;
import java.net.URI;
import java.util.Optional;

public final class ResolveRedirectService implements ResolveRedirectUseCase {

    private static final int MOVED_PERMANENTLY = 301;

    private final RedirectRepository redirects;
    private final SlugRedirectRepository slugRedirects;
    private final PostRepository posts;
    private final Site site;

    public ResolveRedirectService(RedirectRepository redirects, SlugRedirectRepository slugRedirects,
                                  PostRepository posts, Site site) {
        this.redirects = redirects;
        this.slugRedirects = slugRedirects;
        this.posts = posts;
        this.site = site;
    }

    /** A manual redirect wins; otherwise an old slug of a published post leads to its permalink. */
    @Override
    public Resolution resolve(String raw) {
        var validation = new Validation();
        SitePath path = validation.field("path", () -> new SitePath(raw));
        validation.throwIfInvalid();
        return redirects.byFromPath(path).map(this::manual)
                .or(() -> oldSlug(path))
                .orElseThrow(() -> new RedirectErrors.NothingAt(path));
    }

    private Resolution manual(Redirect redirect) {
        URI location = redirect.to().sitePath().map(to -> URI.create(site.url() + to.value()))
                .orElseGet(() -> URI.create(redirect.to().value()));
        return new Resolution(location, redirect.status().code());
    }

    private Optional<Resolution> oldSlug(SitePath path) {
        return path.asSlug().flatMap(slugRedirects::target).flatMap(posts::findById)
                .filter(post -> post.status() == PostStatus.PUBLISHED && !post.isTrashed())
                .map(post -> new Resolution(site.postUrl(post.slug()), MOVED_PERMANENTLY));
    }
}
