package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.Validation;

/**
 * The editable fields of a post after validation; {@code slug} is {@code null} when the client sent none, and
 * {@code excerpt} is {@code null} when it is to be derived from the body.
 */
record PostInput(Title title, Slug slug, MarkdownContent content, MetaDescription metaDescription, Excerpt excerpt) {

    /** Validates all fields at once, naming them as the API does. */
    static PostInput validate(String title, String slug, String contentMarkdown, String metaDescription,
                              String excerpt) {
        var validation = new Validation();
        Title validTitle = validation.field("title", () -> new Title(title));
        Slug validSlug = slug == null ? null : validation.field("slug", () -> new Slug(slug));
        MarkdownContent content = validation.field("contentMarkdown", () -> new MarkdownContent(contentMarkdown));
        MetaDescription meta = validation.field("metaDescription", () -> new MetaDescription(metaDescription));
        Excerpt givenExcerpt = excerpt == null || excerpt.isBlank() ? null
                : validation.field("excerpt", () -> new Excerpt(excerpt));
        validation.throwIfInvalid();
        return new PostInput(validTitle, validSlug, content, meta, givenExcerpt);
    }

    /** The body rendered, and the excerpt as given or derived from the rendered text. */
    Rendered render(MarkdownRenderer renderer) {
        MarkdownRenderer.Rendering rendering = renderer.render(content);
        return new Rendered(RenderedBody.of(rendering.safeHtml(), rendering.plainText(), rendering.headings()),
                excerpt != null ? excerpt : Excerpt.derivedFrom(rendering.plainText()));
    }

    record Rendered(RenderedBody body, Excerpt excerpt) {
    }
}
