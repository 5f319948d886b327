package io.blogflow.blog.domain;

/** A heading of a post's body: an entry of its table of contents, linking to {@code #anchor}. */
public record Heading(int level, String text, String anchor) {
}
