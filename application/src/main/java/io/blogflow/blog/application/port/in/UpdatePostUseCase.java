package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;

public interface UpdatePostUseCase {

    Post update(UpdatePostCommand command);
}
