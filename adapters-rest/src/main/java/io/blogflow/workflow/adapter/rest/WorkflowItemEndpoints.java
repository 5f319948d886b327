package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.ItemResponse;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.MoveRequest;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.ItemChanges;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.NewItem;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one implementation of a workflow level's endpoints: stages, sub-stages and steps are read, added, changed,
 * moved and retired alike. {@link WorkflowResource} keeps one method per public path and operationId (clients are
 * written against them, and each level documents its own errors) and hands every call over to its level's instance.
 */
final class WorkflowItemEndpoints {

    private final WorkflowLevel level;
    private final String collection;
    private final WorkflowDefinitionUseCase workflow;
    private final Supplier<UserId> actor;
    private final ObjectMapper json;

    WorkflowItemEndpoints(WorkflowLevel level, WorkflowDefinitionUseCase workflow, Supplier<UserId> actor,
                          ObjectMapper json) {
        this.level = level;
        this.collection = switch (level) {
            case STAGE -> "stages";
            case SUB_STAGE -> "sub-stages";
            case STEP -> "steps";
        };
        this.workflow = workflow;
        this.actor = actor;
        this.json = json;
    }

    RestResponse<ItemResponse> get(WorkflowItemId id) {
        return withETag(workflow.get(level, id));
    }

    /** A new item under {@code parent} (none for a stage: the workflow is its parent). */
    RestResponse<ItemResponse> add(WorkflowItemId parent, NewItem values, UriInfo uri) {
        WorkflowItem item = workflow.add(actor.get(), level, parent == null ? null : parent.value(), values);
        return RestResponse.ResponseBuilder.<ItemResponse>created(uri.getBaseUriBuilder()
                        .path("api/v1/workflow").path(collection).path(item.id().toString()).build())
                .tag(ETags.of(item.version())).entity(item(item)).build();
    }

    /** The changes are read after If-Match, so a missing If-Match is answered before a missing body. */
    RestResponse<ItemResponse> update(WorkflowItemId id, String ifMatch, Supplier<ItemChanges> changes) {
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(workflow.update(actor.get(), level, id, expected, changes.get()));
    }

    ItemResponse move(WorkflowItemId id, MoveRequest body) {
        return item(workflow.move(actor.get(), level, id, RequestBodies.required(body).position()));
    }

    RestResponse<ItemResponse> retire(WorkflowItemId id, String ifMatch) {
        return withETag(workflow.retire(actor.get(), level, id, ETags.requiredVersion(ifMatch)));
    }

    private RestResponse<ItemResponse> withETag(WorkflowItem item) {
        return RestResponse.ResponseBuilder.ok(item(item)).tag(ETags.of(item.version())).build();
    }

    ItemResponse item(WorkflowItem item) {
        boolean step = item.level() == WorkflowLevel.STEP;
        return new ItemResponse(item.level().label(), item.id().value(), item.parentId(), item.key().value(),
                item.name(), item.position(), step ? item.required() : null, step ? configTree(item) : null,
                item.retiredAt(), item.version());
    }

    com.fasterxml.jackson.databind.JsonNode configTree(WorkflowItem item) {
        try {
            return json.readTree(item.config().json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored step config is not JSON: " + item.id(), e);
        }
    }
}
