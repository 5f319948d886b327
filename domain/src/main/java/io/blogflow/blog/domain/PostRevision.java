package io.blogflow.blog.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One saved state of a post: revision {@code number} (1, 2, …) written by {@code author} at {@code createdAt} for
 * {@code reason}, with the content and metadata as they were, and who wrote the change: a person, or an AI action
 * run on the author's behalf (the AI disclosure's record, change by change).
 */
public record PostRevision(UUID id, PostId postId, int number, UserId author, Instant createdAt, String reason,
                           Provenance provenance, Snapshot snapshot) {

    /** Who wrote a revision's change. */
    public enum Provenance {
        /** Written by a person (also a restore of an older revision). */
        HUMAN,
        /** Text an AI action wrote into a public field. */
        AI;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Provenance fromWire(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public PostRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(snapshot, "snapshot");
        if (number < 1) {
            throw new IllegalArgumentException("Revision numbers start at 1");
        }
    }

    /** The post's state as a revision keeps it. */
    public record Snapshot(Title title, Slug slug, MarkdownContent content, MetaDescription metaDescription,
                           Excerpt excerpt, boolean excerptGiven, PostDetails details) {

        public static Snapshot of(Post post) {
            PostFields fields = post.fields();
            return new Snapshot(fields.title(), fields.slug(), fields.content(), fields.metaDescription(),
                    fields.excerpt(), fields.excerptGiven(), fields.details());
        }
    }

    public static PostRevision of(UUID id, Post post, int number, UserId author, Instant at, String reason,
                                  Provenance provenance) {
        return new PostRevision(id, post.id(), number, author, at, reason, provenance, Snapshot.of(post));
    }
}
