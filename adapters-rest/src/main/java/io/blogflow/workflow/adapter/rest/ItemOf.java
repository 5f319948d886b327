package io.blogflow.workflow.adapter.rest;

import io.blogflow.workflow.domain.WorkflowLevel;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The level a workflow item id in a path names ({@code @PathParam("id") @ItemOf(STEP) WorkflowItemId id}): stages,
 * sub-stages and steps share one id type, so the parameter says which level's not-found a malformed id is
 * ({@link WorkflowIdConverters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ItemOf {

    WorkflowLevel value();
}
