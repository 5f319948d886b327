package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.RenderedBody;

/**
 * The render step of every post write: the Markdown as HTML with its counts and headings, and the excerpt as given
 * or, when none was, derived from the rendered text (so a derived excerpt always follows the body).
 */
final class PostRendering {

    private final MarkdownRenderer renderer;

    PostRendering(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** @param givenExcerpt the author's excerpt, or null to derive one from the body */
    Rendered render(MarkdownContent content, Excerpt givenExcerpt) {
        MarkdownRenderer.Rendering rendering = renderer.render(content);
        return new Rendered(RenderedBody.of(rendering.safeHtml(), rendering.plainText(), rendering.headings()),
                givenExcerpt != null ? givenExcerpt : Excerpt.derivedFrom(rendering.plainText()));
    }

    record Rendered(RenderedBody body, Excerpt excerpt) {
    }
}
