package io.blogflow.blog.application.port.in;

import io.blogflow.shared.domain.Actor;

/**
 * A new draft by {@code actor}, who becomes its author. Without a slug, one is derived from the title and made
 * unique.
 */
public record CreatePostCommand(Actor actor, PostFieldValues values) {
}
