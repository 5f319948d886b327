package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Row of {@code workflow_action_buttons}; positions change only through the repository's bulk statements. */
@Entity
@Table(name = "workflow_action_buttons")
public class ActionButtonJpaEntity {

    @Id
    UUID id;

    @Column(name = "step_id", nullable = false, updatable = false)
    UUID stepId;

    @Column(name = "action_id", nullable = false, updatable = false)
    UUID actionId;

    @Column(nullable = false, length = 80)
    String label;

    @Column(nullable = false)
    int position;
}
