package io.blogflow.blog.application.port.in;

/** A new draft. {@code slug} is optional: without it, one is derived from the title and made unique. */
public record CreatePostCommand(String title, String slug, String contentMarkdown) {
}
