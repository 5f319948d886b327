package io.blogflow.workflow.adapter.rest;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Roles;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase.ActionValues;
import io.blogflow.workflow.application.port.in.PostActionsUseCase.OfferedAction;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.LlmAction;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of actions, step buttons and the actions a post offers. */
final class ActionDtos {

    /** Reading actions: anyone who writes posts (contributors and up). */
    static final String READ_ACTIONS = Permissions.POSTS_WRITE;
    static final String EDITOR = Roles.EDITOR;
    static final String ADMIN = Roles.ADMIN;

    private ActionDtos() {
    }

    @Schema(name = "PromptReference", description = "A prompt by name and label or version (not both; neither: "
            + "the production label).")
    record PromptRef(@Schema(required = true, example = "section-first-draft") String name,
                     @Schema(example = "production") String label, @Schema(minimum = "1") Integer version) {
    }

    @Schema(name = "LlmActionRequest", description = "PATCH merges onto these fields (JSON Merge Patch); to pin a "
            + "version instead of a label send {\"prompt\": {\"label\": null, \"version\": 3}}.")
    record ActionRequest(
            @Schema(required = true, maxLength = 80, description = "Unique, ignoring case.") String name,
            @Schema(maxLength = 2000) String description,
            @Schema(required = true) PromptRef prompt,
            @Schema(required = true, description = "Id of an LLM model.") UUID modelId,
            @Schema(description = "Model to try when the first one fails.") UUID fallbackModelId,
            @Schema(minimum = "0", maximum = "2") Double temperature,
            @Schema(minimum = "1", maximum = "128000") Integer maxTokens,
            @Schema(minimum = "1000", maximum = "600000", defaultValue = "120000") Long timeoutMillis,
            @Schema(description = "Field registry keys the action reads; empty: whatever its prompt names.")
            List<String> inputs,
            @Schema(required = true, description = "Field registry key the answer is written to.") String output,
            @Schema(defaultValue = "true") Boolean enabled) {

        static ActionRequest of(LlmAction action) {
            var prompt = action.prompt();
            return new ActionRequest(action.name(), action.description(),
                    new PromptRef(prompt.name(), prompt.version() == null ? prompt.label() : null, prompt.version()),
                    action.model().value(), uuid(action.fallbackModel()), action.temperature(), action.maxTokens(),
                    action.timeout().toMillis(), keys(action.inputs()), action.output().key(), action.enabled());
        }

        ActionValues values() {
            PromptRef ref = prompt == null ? new PromptRef(null, null, null) : prompt;
            return new ActionValues(name, description, ref.name(), ref.label(), ref.version(), modelId,
                    fallbackModelId, temperature, maxTokens, timeoutMillis, inputs, output, enabled);
        }
    }

    @Schema(name = "LlmAction")
    record ActionResponse(@Schema(required = true) UUID id,
                          String name,
                          String description,
                          PromptRef prompt,
                          UUID modelId,
                          UUID fallbackModelId,
                          Double temperature,
                          Integer maxTokens,
                          @Schema(required = true) long timeoutMillis,
                          List<String> inputs, String output,
                          @Schema(enumeration = {"post", "section"}, description = "section: runs once per section.")
                          String scope,
                          @Schema(required = true) boolean enabled, @Schema(required = true) long version) {

        static ActionResponse of(LlmAction action) {
            ActionRequest values = ActionRequest.of(action);
            return new ActionResponse(action.id().value(), action.name(), action.description(), values.prompt(),
                    values.modelId(), values.fallbackModelId(), action.temperature(), action.maxTokens(),
                    values.timeoutMillis(), values.inputs(), values.output(), action.scope().label(),
                    action.enabled(), action.version());
        }
    }

    @Schema(name = "ActionButton")
    record ButtonResponse(@Schema(required = true) UUID id, UUID stepId, UUID actionId, String label,
                          @Schema(required = true, description = "1..n among the step's buttons.") int position) {

        static ButtonResponse of(ActionButton button) {
            return new ButtonResponse(button.id(), button.step().value(), button.action().value(), button.label(),
                    button.position());
        }
    }

    @Schema(name = "NewActionButton")
    record ButtonRequest(@Schema(required = true) UUID actionId,
                         @Schema(required = true, maxLength = 80) String label,
                         @Schema(description = "1..n+1; absent means last.") Integer position) {
    }

    @Schema(name = "ActionButtonOrder")
    record ButtonOrderRequest(
            @Schema(required = true, description = "Every button id of the step exactly once, in the new order.")
            List<UUID> ids) {
    }

    @Schema(name = "DefaultAction")
    record DefaultActionRequest(@Schema(required = true) UUID actionId) {
    }

    @Schema(name = "OfferedAction", description = "An action a post offers at its current sub-stage.")
    record OfferedResponse(
            @Schema(required = true, description = "The sub-stage's default action (listed first).") boolean isDefault,
            UUID subStageId,
            @Schema(description = "The step whose button this is; null for the default action.") UUID stepId,
            @Schema(description = "Null for the default action.") UUID buttonId,
            String label, UUID actionId, String actionName, List<String> inputs, String output,
            @Schema(enumeration = {"post", "section"}) String scope) {

        static OfferedResponse of(OfferedAction offer) {
            LlmAction action = offer.action();
            return new OfferedResponse(offer.isDefault(), offer.subStage().value(),
                    offer.step() == null ? null : offer.step().value(),
                    offer.button() == null ? null : offer.button().id(), offer.label(), action.id().value(),
                    action.name(), keys(action.inputs()), action.output().key(), action.scope().label());
        }
    }

    private static List<String> keys(List<EditorialField> fields) {
        return fields.stream().map(EditorialField::key).toList();
    }

    private static UUID uuid(ModelId id) {
        return id == null ? null : id.value();
    }

    /** A malformed button id names no button (404), like an unknown one. */
    static UUID buttonId(String raw) {
        return PathIds.uuid(raw, () -> new NotFoundException("button", raw));
    }

    static UserId user(SecurityIdentity identity) {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }
}
