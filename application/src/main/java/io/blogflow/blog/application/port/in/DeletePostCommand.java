package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;

public record DeletePostCommand(PostId id, long expectedVersion) {
}
