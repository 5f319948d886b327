package io.blogflow.analytics.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.blogflow.analytics.application.port.out.PostsBySlug;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase.Resolution;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.DomainException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Analytics' slug lookup answered by the blog's public reading (published posts, and old slugs that moved), cached
 * for a few minutes, misses included, so page views cost no query in the steady state.
 */
final class BlogPostsBySlug implements PostsBySlug {

    private final PublicPostsUseCase posts;
    private final Transactions transactions;
    private final Cache<String, Optional<UUID>> cache = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    BlogPostsBySlug(PublicPostsUseCase posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public Optional<UUID> postIdOf(String slug) {
        return cache.get(slug, this::lookUp);
    }

    @Override
    public boolean answersFromMemory(String slug) {
        return cache.getIfPresent(slug) != null;
    }

    private Optional<UUID> lookUp(String slug) {
        return transactions.inTransaction(() -> {
            try {
                Resolution found = posts.bySlug(slug);
                if (found.post() == null) {
                    found = posts.bySlug(found.movedTo().value());
                }
                return Optional.ofNullable(found.post()).map(post -> post.id().value());
            } catch (DomainException notAPost) {
                return Optional.empty();
            }
        });
    }
}
