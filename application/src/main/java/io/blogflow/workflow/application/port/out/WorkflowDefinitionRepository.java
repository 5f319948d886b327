package io.blogflow.workflow.application.port.out;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where workflow definitions live. Implementations throw {@code ConflictException} for a duplicate name or key
 * among siblings and {@code StaleVersionException} for a concurrent change of an item.
 */
public interface WorkflowDefinitionRepository {

    /**
     * The default workflow, locked for the rest of the transaction: {@code forChange} excludes every other reader
     * and writer that locks it (changes of the definition run one at a time), otherwise only writers (a read sees
     * one consistent tree). A change also moves the workflow's version on.
     */
    Workflow lockDefaultWorkflow(boolean forChange, Instant now);

    /** Every stage, sub-stage and step of the workflow, retired ones included. */
    List<WorkflowItem> allItems(Workflow workflow);

    Optional<WorkflowItem> findItem(WorkflowLevel level, WorkflowItemId id);

    /** The items of {@code level} directly under {@code parentId}, retired ones included. */
    List<WorkflowItem> children(WorkflowLevel level, UUID parentId);

    WorkflowItem add(WorkflowItem item);

    /** Stores name, required flag, config and retirement of an item whose stored version is {@code item.version()}. */
    WorkflowItem update(WorkflowItem item);

    /** Gives the active siblings {@code order} positions 1..n in one unit, so positions stay unique throughout. */
    void reorder(WorkflowLevel level, List<WorkflowItemId> order);

    /** Retires every active item below {@code id} (all levels) at {@code at}; answers how many. */
    int retireDescendants(WorkflowLevel level, WorkflowItemId id, Instant at);
}
