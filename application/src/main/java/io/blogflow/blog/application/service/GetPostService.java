package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

public final class GetPostService implements GetPostUseCase {

    private final PostRepository posts;

    public GetPostService(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Post get(PostId id, Actor actor) {
        return AccessiblePosts.load(posts, id, actor);
    }
}
