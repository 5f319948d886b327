package io.blogflow.workflow.application.port.out;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkflowDefinitionRepository} in memory, holding one empty default workflow; passes
 * {@link WorkflowDefinitionRepositoryContract}. Locks are no-ops: service tests run one request at a time.
 */
public final class InMemoryWorkflowDefinitionRepository implements WorkflowDefinitionRepository {

    private final WorkflowId workflowId = new WorkflowId(UUID.randomUUID());
    private final Map<WorkflowItemId, WorkflowItem> items = new LinkedHashMap<>();
    private long version;

    @Override
    public synchronized Workflow lockDefaultWorkflow(boolean forChange, Instant now) {
        if (forChange) {
            version++;
        }
        return new Workflow(workflowId, new WorkflowKey("default"), "Default editorial workflow", version);
    }

    @Override
    public synchronized List<WorkflowItem> allItems(Workflow workflow) {
        return List.copyOf(items.values());
    }

    @Override
    public synchronized Optional<WorkflowItem> findItem(WorkflowLevel level, WorkflowItemId id) {
        return Optional.ofNullable(items.get(id)).filter(item -> item.level() == level);
    }

    @Override
    public synchronized List<WorkflowItem> children(WorkflowLevel level, UUID parentId) {
        return items.values().stream().filter(i -> i.level() == level && i.parentId().equals(parentId)).toList();
    }

    @Override
    public synchronized WorkflowItem add(WorkflowItem item) {
        requireFree(item);
        WorkflowItem stored = new WorkflowItem(item.id(), item.level(), item.parentId(), item.key(), item.name(),
                item.position(), item.required(), item.config(), item.retiredAt(), 0);
        items.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized WorkflowItem update(WorkflowItem item) {
        WorkflowItem current = items.get(item.id());
        String resource = item.level().label().replace('-', ' ');
        if (current == null) {
            throw new StaleVersionException(resource);
        }
        if (current.version() != item.version()) {
            throw new StaleVersionException(resource, current.version());
        }
        requireFree(item);
        WorkflowItem stored = new WorkflowItem(current.id(), current.level(), current.parentId(), current.key(),
                item.name(), current.position(), item.required(), item.config(), item.retiredAt(),
                current.version() + 1);
        items.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void reorder(WorkflowLevel level, List<WorkflowItemId> order) {
        for (int i = 0; i < order.size(); i++) {
            WorkflowItem item = items.get(order.get(i));
            if (item.position() != i + 1) {
                items.put(item.id(), new WorkflowItem(item.id(), item.level(), item.parentId(), item.key(),
                        item.name(), i + 1, item.required(), item.config(), item.retiredAt(), item.version()));
            }
        }
    }

    @Override
    public synchronized int retireDescendants(WorkflowLevel level, WorkflowItemId id, Instant at) {
        WorkflowLevel below = level.child();
        if (below == null) {
            return 0;
        }
        int retired = 0;
        for (WorkflowItem child : children(below, id.value())) {
            if (child.active()) {
                items.put(child.id(), new WorkflowItem(child.id(), below, child.parentId(), child.key(),
                        child.name(), child.position(), child.required(), child.config(), at, child.version() + 1));
                retired++;
            }
            retired += retireDescendants(below, child.id(), at);
        }
        return retired;
    }

    /** Names are unique among active siblings ignoring case, keys among all siblings. */
    private void requireFree(WorkflowItem item) {
        for (WorkflowItem sibling : children(item.level(), item.parentId())) {
            if (sibling.id().equals(item.id())) {
                continue;
            }
            String label = item.level().label();
            String resource = label.replace('-', ' ');
            if (sibling.key().equals(item.key())) {
                throw new ConflictException(label + ".key-taken", "Another " + resource + " here has this key.");
            }
            if (sibling.active() && item.active()
                    && sibling.name().toLowerCase(Locale.ROOT).equals(item.name().toLowerCase(Locale.ROOT))) {
                throw new ConflictException(label + ".name-taken",
                        "Another " + resource + " here has this name.");
            }
        }
    }
}
