package io.blogflow.comments.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.comments.application.port.out.CommentedPosts;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.shared.domain.Actor;
import java.util.Optional;

/** Who may moderate what: editors every post's comments, authors their own posts'; the rest is "not found". */
final class CommentAccess {

    private final CommentedPosts posts;

    CommentAccess(CommentedPosts posts) {
        this.posts = posts;
    }

    Optional<CommentedPost> reachable(Actor actor, PostId post) {
        return posts.find(post).filter(p -> actor.managesAllContent()
                || p.author().filter(actor.id()::equals).isPresent());
    }

    CommentedPost requireReachable(Actor actor, PostId post) {
        return reachable(actor, post).orElseThrow(() -> new PostNotFoundException(post.toString()));
    }

    boolean isPublic(PostId post) {
        return posts.find(post).filter(CommentedPost::isPublic).isPresent();
    }

    CommentedPost requirePublic(PostId post) {
        return posts.find(post).filter(CommentedPost::isPublic)
                .orElseThrow(() -> new PostNotFoundException(post.toString()));
    }
}
