package io.blogflow.workflow.domain.action;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.workflow.domain.WorkflowItemId;
import java.util.Objects;
import java.util.UUID;

/** A button on a workflow step that runs an action; buttons of a step are ordered by position (1..n). */
public record ActionButton(UUID id, WorkflowItemId step, ActionId action, String label, int position) {

    public static final int MAX_LABEL_LENGTH = 80;

    public ActionButton {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(action, "action");
        label = validLabel(label);
        if (position < 1) {
            throw new InvalidValueException("position.out-of-range", "position must be 1 or more.");
        }
    }

    /** Stripped, inner whitespace collapsed, 1 to 80 characters. */
    public static String validLabel(String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL_LENGTH) {
            throw new InvalidValueException("label.invalid", "label must have 1 to " + MAX_LABEL_LENGTH
                    + " characters.");
        }
        return label.strip().replaceAll("\\s+", " ");
    }
}
