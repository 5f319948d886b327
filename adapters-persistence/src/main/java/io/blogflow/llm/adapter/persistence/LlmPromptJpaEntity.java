package io.blogflow.llm.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code llm_prompts}; {@code version} is the prompt's change counter, written by the service under a lock. */
@Entity
@Table(name = "llm_prompts")
public class LlmPromptJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 80, updatable = false)
    String name;

    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", updatable = false)
    UUID createdBy;
}
