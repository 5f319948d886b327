package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Posts newest first. */
public interface ListPostsUseCase {

    Page<Post> list(PageRequest pageRequest);
}
