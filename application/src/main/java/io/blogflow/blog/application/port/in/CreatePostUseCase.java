package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;

public interface CreatePostUseCase {

    Post create(CreatePostCommand command);
}
