package io.blogflow.blog.application.service;

import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.Validation;

/** The editable fields of a post after validation; {@code slug} is {@code null} when the client sent none. */
record PostInput(Title title, Slug slug, MarkdownContent content, MetaDescription metaDescription) {

    /** Validates all fields at once, naming them as the API does. */
    static PostInput validate(String title, String slug, String contentMarkdown, String metaDescription) {
        var validation = new Validation();
        Title validTitle = validation.field("title", () -> new Title(title));
        Slug validSlug = slug == null ? null : validation.field("slug", () -> new Slug(slug));
        MarkdownContent content = validation.field("contentMarkdown", () -> new MarkdownContent(contentMarkdown));
        MetaDescription meta = validation.field("metaDescription", () -> new MetaDescription(metaDescription));
        validation.throwIfInvalid();
        return new PostInput(validTitle, validSlug, content, meta);
    }
}
