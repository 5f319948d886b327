package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code post_sub_stage_progress}: a post's progress on one sub-stage, with notes and selected fields. */
@Entity
@Table(name = "post_sub_stage_progress")
public class PostSubStageProgressJpaEntity extends ProgressRow {

    @Column(name = "post_stage_progress_id", nullable = false, updatable = false)
    UUID postStageProgressId;

    @Column(name = "sub_stage_id", nullable = false, updatable = false)
    UUID subStageId;

    @Column(length = 4000)
    String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "input_fields", nullable = false, columnDefinition = "text[]")
    List<String> inputFields;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "output_fields", nullable = false, columnDefinition = "text[]")
    List<String> outputFields;
}
