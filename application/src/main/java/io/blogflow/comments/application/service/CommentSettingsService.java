package io.blogflow.comments.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.in.CommentSettingsUseCase;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.shared.domain.Actor;

/** Closes and reopens a post's comments; audited. */
public final class CommentSettingsService implements CommentSettingsUseCase {

    private final CommentRepository comments;
    private final CommentAccess access;
    private final CommentServices services;

    public CommentSettingsService(CommentRepository comments, CommentServices services) {
        this.comments = comments;
        this.access = new CommentAccess(services.posts());
        this.services = services;
    }

    @Override
    public Settings get(Actor actor, PostId post) {
        return services.transactions().inTransaction(() -> settings(access.requireReachable(actor, post)));
    }

    @Override
    public Settings setClosed(Actor actor, PostId post, boolean closed) {
        return services.transactions().inTransaction(() -> {
            CommentedPost found = access.requireReachable(actor, post);
            if (services.settings().isClosed(post) != closed) {
                services.settings().setClosed(post, closed, services.clock().instant());
                services.audit().record(actor.id(), closed ? "comments.close" : "comments.open", "post", post);
            }
            return settings(found);
        });
    }

    private Settings settings(CommentedPost post) {
        boolean closed = services.settings().isClosed(post.id());
        return new Settings(closed, services.policy().isOpen(post.publishedAt().orElse(null), closed,
                services.clock().instant()), comments.counts(post.id()).approved());
    }
}
