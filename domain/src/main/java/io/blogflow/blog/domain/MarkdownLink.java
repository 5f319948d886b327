package io.blogflow.blog.domain;

/**
 * A link destination written in a post's Markdown (inline link, image or reference definition), with where its text
 * lies in the Markdown: {@code markdown.substring(start, end)} is the destination exactly as written.
 */
public record MarkdownLink(String destination, int start, int end) {

    public MarkdownLink {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad source span " + start + ".." + end);
        }
    }
}
