package io.blogflow.workflow.domain.progress;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.WorkflowTree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A post's progress read against its workflow, as people look at it: the active stages and sub-stages, plus retired
 * ones the post has a record of (its history must not vanish when an editor retires a step), each with its status;
 * which required sub-stages keep a stage from completing; where the post stands; whether it is finished.
 */
public record ProgressOverview(PostId postId, Optional<Position> current, boolean finished, List<Stage> stages) {

    public ProgressOverview {
        stages = List.copyOf(stages);
    }

    /** The current stage and sub-stage. */
    public record Position(WorkflowItem stage, WorkflowItem subStage) {
    }

    /** A stage shown; {@code record} is absent until the post reaches it. */
    public record Stage(WorkflowItem item, Optional<ProgressRecord> record, List<String> openRequired,
                        List<SubStage> subStages) {

        public Stage {
            openRequired = List.copyOf(openRequired);
            subStages = List.copyOf(subStages);
        }

        public ProgressStatus status() {
            return statusOf(record);
        }

        public boolean retired() {
            return !item.active();
        }

        /** No active required sub-stage is left open. */
        public boolean canComplete() {
            return openRequired.isEmpty();
        }
    }

    /** A sub-stage shown; {@code required} when one of its active steps is required. */
    public record SubStage(WorkflowItem item, boolean required, Optional<ProgressRecord> record) {

        public ProgressStatus status() {
            return statusOf(record);
        }

        public boolean retired() {
            return !item.active();
        }
    }

    public static ProgressOverview of(PostProgress progress, WorkflowTree workflow) {
        Map<WorkflowItemId, StageProgress> records = progress.records().stream()
                .collect(Collectors.toMap(stage -> stage.stage().itemId(), Function.identity()));
        List<Stage> stages = new ArrayList<>();
        Position current = null;
        for (Node stage : workflow.stages()) {
            WorkflowItemId stageId = stage.item().id();
            Optional<StageProgress> record = Optional.ofNullable(records.get(stageId));
            if (!stage.item().active() && record.isEmpty()) {
                continue;
            }
            Map<WorkflowItemId, ProgressRecord> subRecords = record.map(StageProgress::subStages).orElse(List.of())
                    .stream().collect(Collectors.toMap(ProgressRecord::itemId, Function.identity()));
            List<SubStage> subStages = new ArrayList<>();
            for (Node sub : stage.children()) {
                WorkflowItem item = sub.item();
                Optional<ProgressRecord> subRecord = Optional.ofNullable(subRecords.get(item.id()));
                if (!item.active() && subRecord.isEmpty()) {
                    continue;
                }
                boolean required = sub.children().stream().map(Node::item).anyMatch(s -> s.active() && s.required());
                subStages.add(new SubStage(item, required, subRecord));
                if (stageId.equals(progress.stageId()) && item.id().equals(progress.subStageId())) {
                    current = new Position(stage.item(), item);
                }
            }
            stages.add(new Stage(stage.item(), record.map(StageProgress::stage),
                    progress.openRequiredSubStages(workflow, stageId), subStages));
        }
        return new ProgressOverview(progress.postId(), Optional.ofNullable(current), progress.finished(workflow),
                stages);
    }

    private static ProgressStatus statusOf(Optional<ProgressRecord> record) {
        return record.map(ProgressRecord::status).orElse(ProgressStatus.NOT_STARTED);
    }
}
