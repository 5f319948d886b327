package io.blogflow.workflow.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of a post's progress through the workflow. */
final class PostProgressDtos {

    private PostProgressDtos() {
    }

    @Schema(name = "SubStageMove", description = "Optional details stored on the sub-stage; an absent part keeps what "
            + "is stored.")
    record MoveRequest(
            @Schema(maxLength = 4000) String notes,
            @Schema(description = "Post field keys the sub-stage reads: camelCase, at most 80 characters each, at most "
                    + "50 (checked against the field registry once it exists).") List<String> inputFields,
            @Schema(description = "Post field keys the sub-stage writes; same rules as inputFields.")
            List<String> outputFields) {
    }

    @Schema(name = "RewindRequest")
    record RewindRequest(@Schema(required = true) UUID stageId, @Schema(required = true) UUID subStageId) {
    }

    @Schema(name = "PostWorkflowProgress")
    record ProgressResponse(UUID postId, @Schema(required = true) long version, Position current,
                            @Schema(required = true,
                                    description = "The post has completed the last stage.") boolean finished,
                            List<StageProgressResponse> stages) {
    }

    @Schema(name = "PostWorkflowPosition")
    record Position(UUID stageId, String stageKey, String stageName, UUID subStageId, String subStageKey,
                    String subStageName) {
    }

    @Schema(name = "PostStageProgress", description = "Active stages in order, then retired ones the post has a "
            + "record for.")
    record StageProgressResponse(UUID stageId, String key, String name, @Schema(required = true) boolean retired,
                                 @Schema(enumeration = {"not_started", "in_progress", "done", "skipped"}) String status,
                                 Instant startedAt, Instant completedAt,
                                 @Schema(required = true,
                                         description = "Every active sub-stage with an active required step is done.")
                                 boolean canComplete,
                                 @Schema(description = "Names of the sub-stages that keep the stage from completing.")
                                 List<String> openRequiredSubStages,
                                 List<SubStageProgressResponse> subStages) {
    }

    @Schema(name = "PostSubStageProgress")
    record SubStageProgressResponse(UUID subStageId, String key, String name, @Schema(required = true) boolean retired,
                                    @Schema(required = true,
                                            description = "Holds an active required step.") boolean required,
                                    @Schema(enumeration = {"not_started", "in_progress", "done", "skipped"})
                                    String status, Instant startedAt, Instant completedAt, String notes,
                                    List<String> inputFields, List<String> outputFields) {
    }

    @Schema(name = "PostWorkflowMove")
    record HistoryResponse(@Schema(required = true) UUID id,
                           @Schema(enumeration = {"start", "complete", "skip", "advance", "rewind"})
                           String kind, UUID fromStageId, UUID fromSubStageId, UUID toStageId, UUID toSubStageId,
                           @Schema(description = "The sub-stage started, completed or skipped.") UUID subStageId,
                           UUID actorId, Instant at) {
    }
}
