package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class ListPostsService implements ListPostsUseCase {

    private final PostRepository posts;

    public ListPostsService(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Page<Post> list(PageRequest pageRequest) {
        return posts.findPage(pageRequest);
    }
}
