package io.blogflow.workflow.domain.progress;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One recorded move of a post through the workflow: who made it and when. History is append-only. */
public record ProgressHistoryEntry(UUID id, PostId postId, ProgressMove move, UserId actor, Instant at) {

    public ProgressHistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
