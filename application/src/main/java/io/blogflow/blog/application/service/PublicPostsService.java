package io.blogflow.blog.application.service;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class PublicPostsService implements PublicPostsUseCase {

    private final PostRepository posts;
    private final SlugRedirectRepository redirects;

    public PublicPostsService(PostRepository posts, SlugRedirectRepository redirects) {
        this.posts = posts;
        this.redirects = redirects;
    }

    @Override
    public Resolution bySlug(String raw) {
        Slug slug;
        try {
            slug = new Slug(raw);
        } catch (InvalidValueException e) {
            throw new PostNotFoundException(raw);
        }
        var live = posts.findBySlug(slug).filter(PublicPostsService::isPublished);
        if (live.isPresent()) {
            return new Resolution(live.get(), null);
        }
        return redirects.target(slug).flatMap(posts::findById).filter(PublicPostsService::isPublished)
                .map(post -> new Resolution(null, post.slug()))
                .orElseThrow(() -> new PostNotFoundException(raw));
    }

    @Override
    public Page<Post> list(PublicPostQuery query, PageRequest pageRequest) {
        return posts.findPublished(query, pageRequest);
    }

    private static boolean isPublished(Post post) {
        return post.status() == PostStatus.PUBLISHED && !post.isTrashed();
    }
}
