package io.blogflow.blog.application.service;

import io.blogflow.blog.domain.Post;
import java.util.Map;

/** What the audit log keeps of a post before and after a change (the body is summarised by its length). */
final class PostSnapshots {

    private PostSnapshots() {
    }

    static Map<String, Object> of(Post post) {
        return Map.of("title", post.title().value(), "slug", post.slug().value(), "status", post.status().name(),
                "contentLength", post.content().value().length(), "version", post.version());
    }
}
