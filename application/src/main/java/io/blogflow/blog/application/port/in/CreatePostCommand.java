package io.blogflow.blog.application.port.in;

import io.blogflow.shared.domain.Actor;

/**
 * A new draft by {@code actor}, who becomes its author. {@code slug} is optional: without it, one is derived from
 * the title and made unique.
 */
public record CreatePostCommand(Actor actor, String title, String slug, String contentMarkdown,
                                String metaDescription, String excerpt) {
}
