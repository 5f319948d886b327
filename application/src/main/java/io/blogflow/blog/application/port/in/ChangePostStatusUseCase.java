package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import java.time.Instant;

/** Moves a post through its lifecycle, based on the version the caller last saw. */
public interface ChangePostStatusUseCase {

    Post move(Command command);

    enum Move { SUBMIT_FOR_REVIEW, FLAG_FOR_REVIEW, PUBLISH, SCHEDULE, UNPUBLISH, ARCHIVE }

    /** {@code scheduledAt} is used by {@link Move#SCHEDULE} only. */
    record Command(Actor actor, PostId id, long expectedVersion, Move move, Instant scheduledAt) {
    }
}
