package io.blogflow.workflow.domain.progress;

import io.blogflow.workflow.domain.WorkflowItemId;

/**
 * One move of a post through the workflow: the position before and after (stage and sub-stage ids) and, for start,
 * complete and skip, the sub-stage acted on (the position's sub-stage otherwise).
 */
public record ProgressMove(MoveKind kind, WorkflowItemId fromStageId, WorkflowItemId fromSubStageId,
                           WorkflowItemId toStageId, WorkflowItemId toSubStageId, WorkflowItemId subStageId) {
}
