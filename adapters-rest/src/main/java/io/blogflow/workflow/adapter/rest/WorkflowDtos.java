package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the workflow definition API. */
final class WorkflowDtos {

    private WorkflowDtos() {
    }

    @Schema(name = "WorkflowDefinition", description = "The workflow with its stages, sub-stages and steps, each "
            + "level ordered by position (retired items, when asked for, after the active ones).")
    record WorkflowResponse(@Schema(required = true) UUID id, String key, String name,
                            @Schema(required = true,
                                    description = "Moves on with every change anywhere in the definition; also the ETag.")
                            
                            long version,
                            List<StageResponse> stages) {
    }

    @Schema(name = "WorkflowStage")
    record StageResponse(@Schema(required = true) UUID id,
                         String key,
                         String name,
                         @Schema(required = true) int position,
                         @Schema(description = "When the stage was retired; null while active.") Instant retiredAt,
                         @Schema(required = true) long version, List<SubStageResponse> subStages) {
    }

    @Schema(name = "WorkflowSubStage")
    record SubStageResponse(@Schema(required = true) UUID id,
                            String key,
                            String name,
                            @Schema(required = true) int position,
                            Instant retiredAt,
                            @Schema(required = true) long version,
                            List<StepResponse> steps) {
    }

    @Schema(name = "WorkflowStep")
    record StepResponse(@Schema(required = true) UUID id,
                        String key,
                        String name,
                        @Schema(required = true) int position,
                        @Schema(required = true) boolean required,
                        @Schema(description = "A JSON object describing the step's input and output fields.")
                        JsonNode config,
                        Instant retiredAt, @Schema(required = true) long version) {
    }

    @Schema(name = "WorkflowItem", description = "A stage, sub-stage or step on its own, as writes answer it.")
    record ItemResponse(@Schema(enumeration = {"stage", "sub-stage", "step"}) String level,
                        @Schema(required = true) UUID id,
                        @Schema(description = "The workflow (stages), stage (sub-stages) or sub-stage (steps).")
                        UUID parentId,
                        String key, String name, @Schema(required = true) int position,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Steps only.") Boolean required,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Steps only.") JsonNode config,
                        Instant retiredAt, @Schema(required = true) long version) {
    }

    @Schema(name = "WorkflowItemRequest", description = "A new stage or sub-stage.")
    record ItemRequest(@Schema(required = true, maxLength = 80, description = "Unique among active siblings, "
                               + "ignoring case.") String name,
                       @Schema(maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Stable machine "
                               + "name, unique among siblings (retired ones included); derived from the name when "
                               + "absent. Never changes.") String key,
                       @Schema(minimum = "1", description = "1 to n+1; default last. Later siblings shift down.")
                       Integer position) {
    }

    @Schema(name = "WorkflowStepRequest", description = "A new step.")
    record StepRequest(@Schema(required = true, maxLength = 80) String name,
                       @Schema(maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String key,
                       @Schema(minimum = "1") Integer position,
                       @Schema(description = "Whether the step must be done before its stage completes; default "
                               + "false.") Boolean required,
                       @Schema(description = "A JSON object of at most 16 KB (compact); default {}.") JsonNode config) {
    }

    @Schema(name = "WorkflowRename", description = "Replaces a stage's or sub-stage's name.")
    record RenameRequest(@Schema(required = true, maxLength = 80) String name) {
    }

    @Schema(name = "WorkflowStepUpdate", description = "Replaces a step's name, required flag and config (absent "
            + "required is false, absent config is {}).")
    record StepUpdateRequest(@Schema(required = true, maxLength = 80) String name, Boolean required,
                             JsonNode config) {
    }

    @Schema(name = "WorkflowMove")
    record MoveRequest(@Schema(required = true, minimum = "1", description = "The new position among the active "
            + "siblings, 1 to n.") Integer position) {
    }
}
