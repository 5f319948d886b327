package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Posts newest first: the actor's own, or all of them for content managers. */
public interface ListPostsUseCase {

    Page<Post> list(PageRequest pageRequest, Actor actor);
}
