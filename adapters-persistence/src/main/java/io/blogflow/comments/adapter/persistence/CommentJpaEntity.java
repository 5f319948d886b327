package io.blogflow.comments.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "comments")
public class CommentJpaEntity {

    @Id
    UUID id;

    @Column(name = "post_id", nullable = false)
    UUID postId;

    @Column(name = "parent_id")
    UUID parentId;

    @Column(name = "root_id", nullable = false)
    UUID rootId;

    @Column(nullable = false)
    int depth;

    @Column(name = "author_name", nullable = false, length = 80)
    String authorName;

    @Column(name = "author_email")
    byte[] authorEmail;

    @Column(name = "email_hash", length = 64)
    String emailHash;

    @Column(name = "author_url", length = 300)
    String authorUrl;

    @Column(name = "user_id")
    UUID userId;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    String bodyHtml;

    @Column(name = "body_digest", nullable = false, length = 64)
    String bodyDigest;

    @Column(nullable = false, length = 10)
    String state;

    @Column(name = "restore_state", length = 10)
    String restoreState;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "spam_reasons", nullable = false, columnDefinition = "text[]")
    List<String> spamReasons;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moderation_reasons", nullable = false, columnDefinition = "text[]")
    List<String> moderationReasons;

    @Column(name = "notify_on_reply", nullable = false)
    boolean notifyOnReply;

    @Column(name = "reply_notified", nullable = false)
    boolean replyNotified;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Optimistic lock: Hibernate adds {@code WHERE version = ?} to every update. */
    @Version
    @Column(nullable = false)
    long version;
}
