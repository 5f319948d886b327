package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import java.util.List;

/** Turns a post's Markdown into HTML that is safe to serve as is (no scripts, handlers or javascript: URLs). */
public interface MarkdownRenderer {

    Rendering render(MarkdownContent markdown);

    /** The sanitised HTML, the text without markup (for counting and excerpts), and the headings with anchors. */
    record Rendering(String safeHtml, String plainText, List<Heading> headings) {
    }
}
