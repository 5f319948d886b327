package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision.Provenance;
import io.blogflow.shared.domain.Actor;

/**
 * Replaces the editable fields of a post, based on the version the client last saw. A {@code null} slug keeps the
 * current one: retitling a post never silently changes its URL. {@code reason} and {@code provenance} (a person's
 * edit unless said otherwise) are kept with the revision.
 */
public record UpdatePostCommand(Actor actor, PostId id, long expectedVersion, PostFieldValues values, String reason,
                                Provenance provenance) {

    public UpdatePostCommand(Actor actor, PostId id, long expectedVersion, PostFieldValues values, String reason) {
        this(actor, id, expectedVersion, values, reason, Provenance.HUMAN);
    }
}
