package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The body of a post in Markdown, its editing format. Empty while a draft has no text yet. */
public record MarkdownContent(String value) {

    public static final int MAX_LENGTH = 500_000;
    public static final MarkdownContent EMPTY = new MarkdownContent("");

    public MarkdownContent {
        value = value == null ? "" : value;
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("content-markdown.too-long",
                    "contentMarkdown must be at most " + MAX_LENGTH + " characters.");
        }
    }
}
