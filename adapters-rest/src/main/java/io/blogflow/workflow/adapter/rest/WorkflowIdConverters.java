package io.blogflow.workflow.adapter.rest;

import io.blogflow.shared.adapter.rest.TypedIdConverters;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.workflow.domain.WorkflowErrors;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.action.ActionId;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * Action and workflow item ids in paths. A malformed action id is {@code action-not-found}; a malformed item id is
 * the not-found of the level its parameter names with {@link ItemOf} ({@code stage-not-found},
 * {@code sub-stage-not-found}, {@code step-not-found}).
 */
@Provider
public class WorkflowIdConverters extends TypedIdConverters {

    public WorkflowIdConverters() {
        super(new TypedId<>(ActionId.class, ActionId::new, ActionId::value,
                raw -> new NotFoundException("action", raw)));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> TypedId<T> idOf(Class<T> type, Annotation[] annotations) {
        if (type != WorkflowItemId.class) {
            return super.idOf(type, annotations);
        }
        WorkflowLevel level = Arrays.stream(annotations).filter(ItemOf.class::isInstance)
                .map(annotation -> ((ItemOf) annotation).value()).findFirst()
                .orElseThrow(() -> new IllegalStateException("A workflow item id in a path names its level: @ItemOf"));
        return (TypedId<T>) new TypedId<>(WorkflowItemId.class, WorkflowItemId::new, WorkflowItemId::value,
                raw -> new WorkflowErrors.NotFound(level, raw));
    }
}
