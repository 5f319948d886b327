package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;

public final class GetPostService implements GetPostUseCase {

    private final PostRepository posts;

    public GetPostService(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Post get(PostId id) {
        return posts.findById(id).orElseThrow(() -> new PostNotFoundException(id.toString()));
    }
}
