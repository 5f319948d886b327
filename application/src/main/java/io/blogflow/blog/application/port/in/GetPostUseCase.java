package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;

public interface GetPostUseCase {

    Post get(PostId id);
}
