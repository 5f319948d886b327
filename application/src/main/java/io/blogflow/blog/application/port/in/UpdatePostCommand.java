package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

/**
 * Replaces the editable fields of a post, based on the version the client last saw. A {@code null} slug keeps the
 * current one: retitling a post never silently changes its URL. {@code reason} is kept with the revision.
 */
public record UpdatePostCommand(Actor actor, PostId id, long expectedVersion, PostFieldValues values, String reason) {
}
