package io.blogflow.engagement.domain;

import io.blogflow.blog.domain.PostId;
import java.util.Objects;
import java.util.Set;

/**
 * A published post as its newsletter tells it, fixed at publication: title, excerpt, address and the slugs of its
 * tags and category (the topics subscribers choose from).
 */
public record PostIssue(PostId post, String title, String excerpt, String url, Set<String> topics) {

    public PostIssue {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        excerpt = excerpt == null ? "" : excerpt;
        topics = Set.copyOf(topics == null ? Set.of() : topics);
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        if (excerpt.length() > 2000) {
            excerpt = excerpt.substring(0, 1999) + "…";
        }
    }
}
