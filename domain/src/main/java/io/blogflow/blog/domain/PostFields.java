package io.blogflow.blog.domain;

import java.util.Objects;

/**
 * Everything an editor writes on a post, with what is rendered from it: the text ({@code body} is {@code content}
 * rendered; {@code excerpt} is the given one when {@code excerptGiven}, else derived from the body), the meta
 * description and the {@link PostDetails}.
 */
public record PostFields(Title title, Slug slug, MarkdownContent content, RenderedBody body, Excerpt excerpt,
                         boolean excerptGiven, MetaDescription metaDescription, PostDetails details) {

    public PostFields {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(metaDescription, "metaDescription");
        Objects.requireNonNull(details, "details");
    }

    /** Fields with a derived excerpt and default details: what a post written without any metadata has. */
    public static PostFields plain(Title title, Slug slug, MarkdownContent content, RenderedBody body, Excerpt excerpt,
                                   MetaDescription metaDescription) {
        return new PostFields(title, slug, content, body, excerpt, false, metaDescription, PostDetails.DEFAULT);
    }

    public PostFields withDetails(PostDetails newDetails) {
        return new PostFields(title, slug, content, body, excerpt, excerptGiven, metaDescription, newDetails);
    }
}
