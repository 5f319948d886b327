package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "slug_redirects")
public class SlugRedirectJpaEntity {

    @Id
    @Column(name = "from_slug", length = 120)
    String fromSlug;

    @Column(name = "post_id", nullable = false)
    UUID postId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
