package io.blogflow.workflow.application.port.in;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import java.util.List;
import java.util.UUID;

/**
 * The LLM actions editors define: prompt + model → a field of the post. Writers read, editors and admins write
 * (checked at the edge); every change is audited. The referenced prompt must resolve, and its placeholders must be
 * fields the action can read ({@code prompt.field-not-readable}).
 */
public interface LlmActionsUseCase {

    /** Actions by name. */
    Page<LlmAction> list(PageRequest page);

    /** An unknown action is {@code action-not-found} (404). */
    LlmAction get(ActionId id);

    LlmAction create(UserId actor, ActionValues values);

    /** Replaces every value (the REST edge merges a JSON Merge Patch onto the current values first). */
    LlmAction update(UserId actor, ActionId id, long expectedVersion, ActionValues values);

    /** Refused ({@code action.in-use}, 409) while a step button or a sub-stage default refers to it. */
    void delete(UserId actor, ActionId id, long expectedVersion);

    /**
     * An action's values as a client sends them. {@code promptLabel}/{@code promptVersion}: at most one (neither is
     * the {@code production} label); {@code timeoutMillis} null is 2 minutes; {@code enabled} null is true;
     * {@code inputs} and {@code output} are field registry keys.
     */
    record ActionValues(String name, String description, String promptName, String promptLabel,
                        Integer promptVersion, UUID model, UUID fallbackModel, Double temperature, Integer maxTokens,
                        Long timeoutMillis, List<String> inputs, String output, Boolean enabled) {
    }
}
