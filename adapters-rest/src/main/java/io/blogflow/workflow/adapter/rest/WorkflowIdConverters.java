package io.blogflow.workflow.adapter.rest;

import io.blogflow.shared.adapter.rest.TypedIdConverters;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.workflow.domain.action.ActionId;
import jakarta.ws.rs.ext.Provider;

/** Action ids in paths; a malformed one is {@code action-not-found}. */
@Provider
public class WorkflowIdConverters extends TypedIdConverters {

    public WorkflowIdConverters() {
        super(new TypedId<>(ActionId.class, ActionId::new, ActionId::value,
                raw -> new NotFoundException("action", raw)));
    }
}
