package io.blogflow.workflow.domain.progress;

import java.util.UUID;

/**
 * One move of a post through the workflow: the position before and after (stage and sub-stage ids) and, for start,
 * complete and skip, the sub-stage acted on (the position's sub-stage otherwise).
 */
public record ProgressMove(MoveKind kind, UUID fromStageId, UUID fromSubStageId, UUID toStageId, UUID toSubStageId,
                           UUID subStageId) {
}
