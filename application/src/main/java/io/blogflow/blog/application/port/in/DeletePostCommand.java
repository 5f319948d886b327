package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

public record DeletePostCommand(Actor actor, PostId id, long expectedVersion) {
}
