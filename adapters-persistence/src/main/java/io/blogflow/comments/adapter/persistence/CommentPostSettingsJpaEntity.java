package io.blogflow.comments.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "comment_post_settings")
public class CommentPostSettingsJpaEntity {

    @Id
    @Column(name = "post_id")
    UUID postId;

    @Column(nullable = false)
    boolean closed;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
