package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stage, sub-stage or step of a workflow definition. {@code parentId} is the workflow for a stage, the stage for a
 * sub-stage, the sub-stage for a step. {@code position} (from 1) orders the active siblings; a retired item keeps the
 * position it had, outside the active ordering, and is never deleted, so posts in progress keep pointing at it.
 * Only steps have a {@code config} and may be {@code required}. {@code version} guards concurrent edits.
 */
public record WorkflowItem(WorkflowItemId id, WorkflowLevel level, UUID parentId, WorkflowKey key, String name,
                           int position, boolean required, StepConfig config, Instant retiredAt, long version) {

    public static final int MAX_NAME_LENGTH = 80;

    public WorkflowItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(key, "key");
        name = validName(name);
        if (position < 1) {
            throw new InvalidValueException("position.out-of-range", "position must be 1 or more.");
        }
        if (level == WorkflowLevel.STEP) {
            config = config == null ? StepConfig.EMPTY : config;
        } else if (config != null || required) {
            throw new InvalidValueException("config.not-allowed", "Only steps have a config and a required flag.");
        }
    }

    /** Stripped, inner whitespace collapsed, 1 to 80 characters. */
    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name.invalid", "name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    public boolean active() {
        return retiredAt == null;
    }

    /** Refuses changes to a retired item: it is kept only so that what points at it still resolves. */
    public WorkflowItem requireActive() {
        if (!active()) {
            throw new ConflictException(level.label() + ".retired",
                    "The " + level.label().replace('-', ' ') + " '" + name + "' is retired and can no longer change.");
        }
        return this;
    }

    /** The same item with another name, required flag and config (steps only); key, position and version stay. */
    public WorkflowItem changed(String newName, boolean newRequired, StepConfig newConfig) {
        return new WorkflowItem(id, level, parentId, key, newName, position, newRequired, newConfig, retiredAt, version);
    }

    public WorkflowItem at(int newPosition) {
        return new WorkflowItem(id, level, parentId, key, name, newPosition, required, config, retiredAt, version);
    }

    public WorkflowItem retired(Instant at) {
        requireActive();
        return new WorkflowItem(id, level, parentId, key, name, position, required, config,
                Objects.requireNonNull(at, "at"), version);
    }
}
