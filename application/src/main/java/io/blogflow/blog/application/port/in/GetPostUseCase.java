package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

public interface GetPostUseCase {

    /** A post the actor may access; any other id is "not found" (no hint that it exists). */
    Post get(PostId id, Actor actor);
}
