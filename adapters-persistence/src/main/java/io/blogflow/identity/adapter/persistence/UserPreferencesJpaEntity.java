package io.blogflow.identity.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "user_preferences")
public class UserPreferencesJpaEntity {

    @Id
    @Column(name = "user_id")
    UUID userId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "user_id")
    UserJpaEntity user;

    @Column(nullable = false, length = 64)
    String timezone;

    @Column(name = "default_posting_time")
    LocalTime defaultPostingTime;

    @Column(name = "content_tone", length = 100)
    String contentTone;

    @Column(name = "notify_on_review", nullable = false)
    boolean notifyOnReview;

    @Column(name = "notify_on_publish", nullable = false)
    boolean notifyOnPublish;

    @Column(name = "notify_on_comment", nullable = false)
    boolean notifyOnComment;
}
