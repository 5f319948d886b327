package io.blogflow.workflow.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workflow with its stages, their sub-stages and their steps, each level ordered: active items by position, then
 * (when asked for) retired ones by the position they kept. A retired item's children only appear with retired ones.
 */
public record WorkflowTree(Workflow workflow, List<Node> stages) {

    public record Node(WorkflowItem item, List<Node> children) {
    }

    private static final Comparator<WorkflowItem> ORDER = Comparator.comparing((WorkflowItem item) -> !item.active())
            .thenComparingInt(WorkflowItem::position).thenComparing(item -> item.id().value());

    public static WorkflowTree of(Workflow workflow, Collection<WorkflowItem> items, boolean includeRetired) {
        Map<UUID, List<WorkflowItem>> byParent = new HashMap<>();
        for (WorkflowItem item : items) {
            if (includeRetired || item.active()) {
                byParent.computeIfAbsent(item.parentId(), parent -> new ArrayList<>()).add(item);
            }
        }
        return new WorkflowTree(workflow, nodes(byParent, workflow.id().value(), WorkflowLevel.STAGE));
    }

    private static List<Node> nodes(Map<UUID, List<WorkflowItem>> byParent, UUID parent, WorkflowLevel level) {
        if (level == null) {
            return List.of();
        }
        return byParent.getOrDefault(parent, List.of()).stream().filter(item -> item.level() == level).sorted(ORDER)
                .map(item -> new Node(item, nodes(byParent, item.id().value(), level.child()))).toList();
    }
}
