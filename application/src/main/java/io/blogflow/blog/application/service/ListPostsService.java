package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;

public final class ListPostsService implements ListPostsUseCase {

    private final PostRepository posts;

    public ListPostsService(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Page<Post> list(PageRequest pageRequest, Actor actor) {
        return posts.findPage(pageRequest, actor.managesAllContent() ? Optional.empty() : Optional.of(actor.id()));
    }
}
