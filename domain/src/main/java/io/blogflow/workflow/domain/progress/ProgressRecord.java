package io.blogflow.workflow.domain.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import io.blogflow.workflow.domain.WorkflowItemId;
import java.util.UUID;

/**
 * A post's progress on one stage ({@code parentId} null) or sub-stage ({@code parentId}: the stage record's id).
 * Stage records carry no notes or fields. {@code itemId} is the stage's or sub-stage's id.
 */
public record ProgressRecord(UUID id, WorkflowItemId itemId, ProgressStatus status, Instant startedAt,
                             Instant completedAt, String notes, List<String> inputFields, List<String> outputFields) {

    public ProgressRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        inputFields = inputFields == null ? List.of() : List.copyOf(inputFields);
        outputFields = outputFields == null ? List.of() : List.copyOf(outputFields);
    }

    static ProgressRecord fresh(UUID id, WorkflowItemId itemId) {
        return new ProgressRecord(id, itemId, ProgressStatus.NOT_STARTED, null, null, null, List.of(), List.of());
    }

    ProgressRecord inProgress(Instant now) {
        return new ProgressRecord(id, itemId, ProgressStatus.IN_PROGRESS, startedAt == null ? now : startedAt, null,
                notes, inputFields, outputFields);
    }

    ProgressRecord finished(ProgressStatus status, Instant now) {
        return new ProgressRecord(id, itemId, status, startedAt == null && status == ProgressStatus.DONE ? now
                : startedAt, now, notes, inputFields, outputFields);
    }

    ProgressRecord with(ProgressDetails details) {
        return new ProgressRecord(id, itemId, status, startedAt, completedAt,
                details.notes() == null ? notes : details.notes(),
                details.inputFields() == null ? inputFields : details.inputFields().values(),
                details.outputFields() == null ? outputFields : details.outputFields().values());
    }
}
