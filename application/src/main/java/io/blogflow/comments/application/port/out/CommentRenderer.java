package io.blogflow.comments.application.port.out;

import io.blogflow.comments.domain.CommentText;

/**
 * Renders a comment's small Markdown subset (paragraphs, emphasis, code, quotes, lists, links) to HTML that is safe
 * to serve as is: no images, headings, raw HTML or scripts; links open nothing but http(s) and mail addresses and
 * carry {@code rel="nofollow ugc noopener"}.
 */
public interface CommentRenderer {

    String render(CommentText text);
}
