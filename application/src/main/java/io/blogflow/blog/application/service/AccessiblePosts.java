package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.shared.domain.Actor;

/**
 * Object-level authorisation for posts: a post the actor may not access is reported exactly like a missing one,
 * and so is a post in the trash (except where the trash itself is the subject).
 */
final class AccessiblePosts {

    private AccessiblePosts() {
    }

    static Post load(PostRepository posts, PostId id, Actor actor) {
        return posts.findById(id).filter(post -> post.isAccessibleTo(actor) && !post.isTrashed())
                .orElseThrow(() -> new PostNotFoundException(id.toString()));
    }

    static Post loadFromTrash(PostRepository posts, PostId id, Actor actor) {
        return posts.findById(id).filter(post -> post.isAccessibleTo(actor) && post.isTrashed())
                .orElseThrow(() -> new PostNotFoundException(id.toString()));
    }
}
