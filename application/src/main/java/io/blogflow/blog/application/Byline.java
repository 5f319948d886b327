package io.blogflow.blog.application;

import java.util.Objects;

/**
 * A post's author as readers see them in feeds and structured data: the name, and the avatar and profile address
 * from the author profile when there are ones (null otherwise).
 */
public record Byline(String name, String avatarUrl, String profileUrl) {

    public Byline {
        Objects.requireNonNull(name, "name");
    }
}
