package io.blogflow.identity.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "author_profiles")
public class AuthorProfileJpaEntity {

    @Id
    @Column(name = "user_id")
    UUID userId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "user_id")
    UserJpaEntity user;

    @Column(length = 2000)
    String bio;

    @Column(name = "avatar_url", length = 2048)
    String avatarUrl;

    @Column(name = "linkedin_url", length = 2048)
    String linkedinUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "expertise_topics", nullable = false, columnDefinition = "text[]")
    List<String> expertiseTopics;
}
