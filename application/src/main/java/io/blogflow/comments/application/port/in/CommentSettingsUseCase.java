package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

/** Closing and reopening a post's comments (its author or an editor). */
public interface CommentSettingsUseCase {

    Settings get(Actor actor, PostId post);

    Settings setClosed(Actor actor, PostId post, boolean closed);

    /** @param closedByHand closed by a person; @param open whether new comments are taken now (age included) */
    record Settings(boolean closedByHand, boolean open, long approvedCount) {
    }
}
