package io.blogflow.workflow.application.port.out;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import java.util.Optional;

/**
 * Where actions live. Implementations throw {@code ConflictException} ({@code action.name-taken}) for a name in
 * use, a {@code ValidationException} on {@code model}/{@code fallbackModel} ({@code model.unknown}) for a model
 * that does not exist, and {@code StaleVersionException} for a concurrent change.
 */
public interface LlmActionRepository {

    LlmAction add(LlmAction action);

    LlmAction update(LlmAction action);

    void remove(LlmAction action);

    Optional<LlmAction> find(ActionId id);

    Page<LlmAction> list(PageRequest page);

    /** How many step buttons and sub-stage defaults refer to the action. */
    long usages(ActionId id);
}
