package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code post_workspaces}: a post's planning fields. */
@Entity
@Table(name = "post_workspaces")
public class PostWorkspaceJpaEntity {

    @Id
    @Column(name = "post_id")
    UUID postId;

    /** Field key → text or list of texts; stored as a jsonb object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> fields;

    @Version
    @Column(nullable = false)
    long version;
}
