package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;

/** The post id in a request path. A malformed id names no post: 404, the same as an unknown one. */
final class PostPaths {

    private PostPaths() {
    }

    static PostId postId(String raw) {
        return PostId.parse(raw).orElseThrow(() -> new PostNotFoundException(raw));
    }
}
