package io.blogflow.workflow.domain.progress;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.WorkflowTree.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A post's way through the workflow: its position (current stage and sub-stage) and its progress records, as a state
 * machine checked against the workflow's definition (a tree with retired items, which posts may still point at).
 *
 * <ul>
 *   <li>A sub-stage of the current stage can be started (from not started or skipped; it becomes the current
 *       sub-stage), completed (from in progress) or skipped (from not started or in progress).</li>
 *   <li>A stage can be completed only when every active sub-stage with an active required step is done (skipped
 *       is not enough). Advance completes the current stage under that rule and moves to the next active stage's
 *       first active sub-stage; retired stages, and stages without an active sub-stage, are passed over. Advancing
 *       from the last stage completes it and the post is finished there.</li>
 *   <li>Rewind moves to an earlier active stage/sub-stage; those two records go back to in progress, the rest stay
 *       as they were.</li>
 * </ul>
 * Every move is kept in {@link #moves()} for the history until the caller has stored it.
 */
public final class PostProgress {

    private static final class StageState {
        ProgressRecord record;
        final Map<WorkflowItemId, ProgressRecord> subStages = new LinkedHashMap<>();

        StageState(ProgressRecord record) {
            this.record = record;
        }
    }

    private final PostId postId;
    private final long version;
    private final Supplier<UUID> ids;
    private final Map<WorkflowItemId, StageState> stages = new LinkedHashMap<>();
    private final List<ProgressMove> moves = new ArrayList<>();
    private WorkflowItemId stageId;
    private WorkflowItemId subStageId;

    private PostProgress(PostId postId, WorkflowItemId stageId, WorkflowItemId subStageId, long version,
                         Supplier<UUID> ids) {
        this.postId = Objects.requireNonNull(postId, "postId");
        this.stageId = stageId;
        this.subStageId = subStageId;
        this.version = version;
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** A post that has no progress yet starts at the first active stage's first active sub-stage. */
    public static PostProgress begin(PostId postId, WorkflowTree tree, Instant now, Supplier<UUID> ids) {
        List<Node> active = activeStages(tree);
        if (active.isEmpty()) {
            throw new ProgressErrors.Refused("workflow.empty",
                    "The workflow has no active stage with an active sub-stage, so no post can start it.");
        }
        var progress = new PostProgress(postId, null, null, 0, ids);
        Node first = active.get(0);
        progress.arrive(first, activeSubStages(first).get(0), now);
        return progress;
    }

    /** A post's stored progress, as it was saved. */
    public static PostProgress rehydrate(PostId postId, WorkflowItemId stageId, WorkflowItemId subStageId, long version,
                                         List<StageProgress> records, Supplier<UUID> ids) {
        var progress = new PostProgress(postId, Objects.requireNonNull(stageId, "stageId"),
                Objects.requireNonNull(subStageId, "subStageId"), version, ids);
        for (StageProgress stage : records) {
            var state = new StageState(stage.stage());
            stage.subStages().forEach(sub -> state.subStages.put(sub.itemId(), sub));
            progress.stages.put(stage.stage().itemId(), state);
        }
        return progress;
    }

    // ---- moves

    public void start(WorkflowItemId subStage, ProgressDetails details, WorkflowTree tree, Instant now) {
        Node sub = actionable(subStage, tree);
        ProgressRecord record = subRecord(stageId, sub.item().id());
        if (record.status() == ProgressStatus.IN_PROGRESS || record.status() == ProgressStatus.DONE) {
            throw new ProgressErrors.Refused("progress.cannot-start", "The sub-stage '" + sub.item().name()
                    + "' is " + record.status().wire().replace('_', ' ') + "; only a not started or skipped one can"
                    + " be started" + (record.status() == ProgressStatus.DONE ? " (rewind to reopen a done one)." : "."));
        }
        WorkflowItemId fromStage = stageId;
        WorkflowItemId fromSub = subStageId;
        putSub(stageId, record.inProgress(now).with(details));
        StageState stage = stages.get(stageId);
        stage.record = stage.record.inProgress(now);
        subStageId = sub.item().id();
        moves.add(new ProgressMove(MoveKind.START, fromStage, fromSub, stageId, subStageId, subStageId));
    }

    public void complete(WorkflowItemId subStage, ProgressDetails details, WorkflowTree tree, Instant now) {
        Node sub = actionable(subStage, tree);
        ProgressRecord record = subRecord(stageId, sub.item().id());
        if (record.status() != ProgressStatus.IN_PROGRESS) {
            throw new ProgressErrors.Refused("progress.cannot-complete", "The sub-stage '" + sub.item().name()
                    + "' is " + record.status().wire().replace('_', ' ') + "; only one in progress can be completed"
                    + " (start it first).");
        }
        putSub(stageId, record.with(details).finished(ProgressStatus.DONE, now));
        moves.add(new ProgressMove(MoveKind.COMPLETE, stageId, subStageId, stageId, subStageId,
                sub.item().id()));
    }

    public void skip(WorkflowItemId subStage, ProgressDetails details, WorkflowTree tree, Instant now) {
        Node sub = actionable(subStage, tree);
        ProgressRecord record = subRecord(stageId, sub.item().id());
        if (record.status() == ProgressStatus.DONE || record.status() == ProgressStatus.SKIPPED) {
            throw new ProgressErrors.Refused("progress.cannot-skip", "The sub-stage '" + sub.item().name()
                    + "' is already " + record.status().wire() + "; only a not started or in progress one can be"
                    + " skipped.");
        }
        putSub(stageId, record.with(details).finished(ProgressStatus.SKIPPED, now));
        moves.add(new ProgressMove(MoveKind.SKIP, stageId, subStageId, stageId, subStageId, sub.item().id()));
    }

    public void advance(WorkflowTree tree, Instant now) {
        Node current = stageNode(tree, stageId);
        StageState state = stages.get(stageId);
        if (finished(tree)) {
            throw new ProgressErrors.Refused("progress.finished",
                    "The post has completed the last stage of the workflow; there is nothing to advance to.");
        }
        List<String> open = openRequiredSubStages(tree, stageId);
        if (!open.isEmpty()) {
            throw new ProgressErrors.Refused("stage.required-open", "The stage '" + current.item().name()
                    + "' cannot be completed while its required sub-stages are not done: " + String.join(", ", open)
                    + ".");
        }
        WorkflowItemId fromStage = stageId;
        WorkflowItemId fromSub = subStageId;
        state.record = state.record.finished(ProgressStatus.DONE, now);
        Node next = nextStage(tree);
        if (next != null) {
            arrive(next, activeSubStages(next).get(0), now);
        }
        moves.add(new ProgressMove(MoveKind.ADVANCE, fromStage, fromSub, stageId, subStageId, null));
    }

    public void rewind(WorkflowItemId toStage, WorkflowItemId toSubStage, WorkflowTree tree, Instant now) {
        Node stage = stageNode(tree, toStage);
        Node sub = stage.children().stream().filter(node -> node.item().id().equals(toSubStage)).findFirst()
                .orElseThrow(() -> new ProgressErrors.UnknownItem("sub-stage", toSubStage));
        if (!stage.item().active() || !sub.item().active()) {
            WorkflowItem retired = stage.item().active() ? sub.item() : stage.item();
            throw new ProgressErrors.Refused(retired.level().label() + ".retired", "The " + retired.level().label()
                    .replace('-', ' ') + " '" + retired.name() + "' is retired; a post cannot move to it.");
        }
        List<Node> active = activeStages(tree);
        int target = indexOf(active, toStage);
        int current = indexOf(active, stageId);
        boolean earlier = current < 0 || target < current;
        if (target == current) {
            List<Node> subs = activeSubStages(stage);
            int currentSub = indexOf(subs, subStageId);
            earlier = currentSub < 0 || indexOf(subs, toSubStage) < currentSub;
        }
        if (!earlier) {
            throw new ProgressErrors.Refused("progress.not-earlier", "Rewind moves back only: '" + stage.item().name()
                    + " / " + sub.item().name() + "' is not before the post's current position.");
        }
        WorkflowItemId fromStage = stageId;
        WorkflowItemId fromSub = subStageId;
        StageState state = stateOf(toStage);
        state.record = state.record.inProgress(now);
        putSub(toStage, subRecord(toStage, toSubStage).inProgress(now));
        stageId = toStage;
        subStageId = toSubStage;
        moves.add(new ProgressMove(MoveKind.REWIND, fromStage, fromSub, stageId, subStageId, null));
    }

    // ---- questions

    /**
     * The names of the active sub-stages of {@code stage} that hold an active required step and are not done: while
     * there is one, the stage cannot be completed.
     */
    public List<String> openRequiredSubStages(WorkflowTree tree, WorkflowItemId stage) {
        Node node = stageNode(tree, stage);
        List<String> open = new ArrayList<>();
        for (Node sub : activeSubStages(node)) {
            boolean required = sub.children().stream().map(Node::item)
                    .anyMatch(step -> step.active() && step.required());
            if (required && status(stage, sub.item().id()) != ProgressStatus.DONE) {
                open.add(sub.item().name());
            }
        }
        return open;
    }

    /** The post has completed its current stage and no active stage follows. */
    public boolean finished(WorkflowTree tree) {
        StageState state = stages.get(stageId);
        return state != null && state.record.status() == ProgressStatus.DONE && nextStage(tree) == null;
    }

    public ProgressStatus status(WorkflowItemId stage, WorkflowItemId subStage) {
        StageState state = stages.get(stage);
        ProgressRecord record = state == null ? null : state.subStages.get(subStage);
        return record == null ? ProgressStatus.NOT_STARTED : record.status();
    }

    public PostId postId() {
        return postId;
    }

    public WorkflowItemId stageId() {
        return stageId;
    }

    public WorkflowItemId subStageId() {
        return subStageId;
    }

    /** The version it was read at (0 for a new one). */
    public long version() {
        return version;
    }

    public List<StageProgress> records() {
        return stages.values().stream()
                .map(state -> new StageProgress(state.record, List.copyOf(state.subStages.values()))).toList();
    }

    public Optional<StageProgress> recordOf(WorkflowItemId stage) {
        return Optional.ofNullable(stages.get(stage))
                .map(state -> new StageProgress(state.record, List.copyOf(state.subStages.values())));
    }

    /** The moves made since it was read, oldest first. */
    public List<ProgressMove> moves() {
        return List.copyOf(moves);
    }

    // ---- internals

    private void arrive(Node stage, Node sub, Instant now) {
        WorkflowItemId stageKey = stage.item().id();
        WorkflowItemId subKey = sub.item().id();
        StageState state = stateOf(stageKey);
        state.record = state.record.inProgress(now);
        ProgressRecord record = subRecord(stageKey, subKey);
        if (record.status() == ProgressStatus.NOT_STARTED) {
            record = record.inProgress(now);
        }
        putSub(stageKey, record);
        stageId = stageKey;
        subStageId = subKey;
    }

    /** The next active stage after the current one; when the current one is retired, the first active one not done. */
    private Node nextStage(WorkflowTree tree) {
        List<Node> active = activeStages(tree);
        int current = indexOf(active, stageId);
        if (current >= 0) {
            return current + 1 < active.size() ? active.get(current + 1) : null;
        }
        return active.stream().filter(node -> {
            StageState state = stages.get(node.item().id());
            return state == null || state.record.status() != ProgressStatus.DONE;
        }).findFirst().orElse(null);
    }

    /** A sub-stage the post can act on: active and of the current stage. */
    private Node actionable(WorkflowItemId subStage, WorkflowTree tree) {
        Node stage = stageNode(tree, stageId);
        Node sub = stage.children().stream().filter(node -> node.item().id().equals(subStage)).findFirst()
                .orElse(null);
        if (sub == null) {
            boolean elsewhere = tree.stages().stream().flatMap(node -> node.children().stream())
                    .anyMatch(node -> node.item().id().equals(subStage));
            if (!elsewhere) {
                throw new ProgressErrors.UnknownItem("sub-stage", subStage);
            }
            throw new ProgressErrors.Refused("progress.not-current-stage", "That sub-stage is not part of the stage '"
                    + stage.item().name() + "' the post is on; advance or rewind to its stage first.");
        }
        if (!sub.item().active()) {
            throw new ProgressErrors.Refused("sub-stage.retired", "The sub-stage '" + sub.item().name()
                    + "' is retired; a post cannot move on it.");
        }
        return sub;
    }

    private StageState stateOf(WorkflowItemId stage) {
        return stages.computeIfAbsent(stage, key -> new StageState(ProgressRecord.fresh(ids.get(), key)));
    }

    private ProgressRecord subRecord(WorkflowItemId stage, WorkflowItemId subStage) {
        return stateOf(stage).subStages.computeIfAbsent(subStage, key -> ProgressRecord.fresh(ids.get(), key));
    }

    private void putSub(WorkflowItemId stage, ProgressRecord record) {
        stateOf(stage).subStages.put(record.itemId(), record);
    }

    private static Node stageNode(WorkflowTree tree, WorkflowItemId stage) {
        return tree.stages().stream().filter(node -> node.item().id().equals(stage)).findFirst()
                .orElseThrow(() -> new ProgressErrors.UnknownItem("stage", stage));
    }

    private static List<Node> activeStages(WorkflowTree tree) {
        return tree.stages().stream().filter(node -> node.item().active() && !activeSubStages(node).isEmpty())
                .toList();
    }

    private static List<Node> activeSubStages(Node stage) {
        return stage.children().stream().filter(node -> node.item().active()).toList();
    }

    private static int indexOf(List<Node> nodes, WorkflowItemId id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).item().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
