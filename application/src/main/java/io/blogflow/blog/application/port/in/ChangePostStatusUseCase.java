package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import java.time.Instant;

/** Moves a post through its lifecycle, based on the version the caller last saw. */
public interface ChangePostStatusUseCase {

    Post move(Command command);

    /**
     * {@code APPROVE}: an editor approves the post's text (the review gate for AI-generated text); the status stays.
     * {@code PUBLISH} and {@code SCHEDULE} by an author of AI-generated text without a current approval land the post
     * in {@code PENDING_REVIEW} instead (when the gate is on).
     */
    enum Move { SUBMIT_FOR_REVIEW, FLAG_FOR_REVIEW, APPROVE, PUBLISH, SCHEDULE, UNPUBLISH, ARCHIVE }

    /** {@code scheduledAt} is used by {@link Move#SCHEDULE} only. */
    record Command(Actor actor, PostId id, long expectedVersion, Move move, Instant scheduledAt) {
    }
}
