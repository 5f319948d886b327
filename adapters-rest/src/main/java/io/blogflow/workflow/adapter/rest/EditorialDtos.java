package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import io.blogflow.workflow.domain.SectionNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the editorial workspace, and the helpers its resources share. */
final class EditorialDtos {

    static final String READ = Permissions.POSTS_READ;
    static final String WRITE = Permissions.POSTS_WRITE;
    static final String IF_MATCH_DOC = "ETag of the version being changed, e.g. \"3\". Required.";
    static final String FIELDS_DOC = "Editorial field key → value: a string for text fields, an array of strings "
            + "for text-list fields. Keys are those of the field registry (GET /api/v1/workflow/fields) for this scope.";

    private EditorialDtos() {
    }

    @Schema(name = "EditorialField", description = "An entry of the editorial field registry.")
    record FieldResponse(
            @Schema(description = "camelCase wire key, also the prompt placeholder name.") String key,
            @Schema(enumeration = {"post", "section", "article"}, description = "post: the workspace's planning "
                    + "fields; section: each section's; article: the post's own text (writing one makes a revision).")
            String scope,
            @Schema(enumeration = {"text", "text-list"}) String kind,
            @Schema(required = true,
                    description = "Max characters of the text (of each item for a list).") int maxLength,
            @Schema(description = "Max items of a list field; null for text.") Integer maxItems,
            @Schema(description = "stage/sub-stage keys of the default workflow the field belongs to.")
            List<String> stages) {

        static FieldResponse of(EditorialField field) {
            boolean list = field.kind() == EditorialField.Kind.TEXT_LIST;
            return new FieldResponse(field.key(), field.scope().label(), field.kind().label(), field.maxLength(),
                    list ? EditorialField.MAX_ITEMS : null, field.stages());
        }
    }

    @Schema(name = "PostWorkspace", description = "The editorial workspace of a post: its planning fields.")
    record WorkspaceResponse(UUID postId, @Schema(description = FIELDS_DOC) Map<String, Object> fields,
                             @Schema(required = true) long version) {

        static WorkspaceResponse of(PostWorkspace workspace) {
            return new WorkspaceResponse(workspace.postId().value(), workspace.fields().values(), workspace.version());
        }
    }

    @Schema(name = "PostSection", description = "One section of a post's workspace.")
    record SectionResponse(@Schema(required = true) UUID id,
                           UUID postId,
                           @Schema(required = true, description = "1..n among the post's sections.") int position,
                           @Schema(description = FIELDS_DOC) Map<String, Object> fields,
                           @Schema(required = true) long version) {

        static SectionResponse of(PostSection section) {
            return new SectionResponse(section.id(), section.postId().value(), section.position(),
                    section.fields().values(), section.version());
        }
    }

    @Schema(name = "NewPostSection")
    record NewSectionRequest(
            @Schema(description = "1..n+1; absent means last. Sections at or after it move down.") Integer position,
            @Schema(description = FIELDS_DOC) Map<String, Object> fields) {
    }

    @Schema(name = "PostSectionOrder")
    record SectionOrderRequest(
            @Schema(required = true, description = "Every section id of the post exactly once, in the new order.")
            List<UUID> ids) {
    }

    static Actor actor(SecurityIdentity identity) {
        return Actors.of(identity, Permissions.POSTS_MANAGE_ALL, Permissions.POSTS_PUBLISH);
    }

    /** A malformed section id names no section of the post (404), like an unknown one. */
    static UUID sectionId(String raw) {
        return PathIds.uuid(raw, () -> new SectionNotFoundException(raw));
    }

    /**
     * Applies a JSON Merge Patch to a scope's field values. Every key of the patch must be a registry field of the
     * scope, even one set to null (so a typo is reported rather than silently ignored); the merged values are then
     * checked by the domain.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(ObjectMapper json, EditorialField.Scope scope, Map<String, Object> current,
                                     String patch) throws JsonProcessingException {
        Map<String, Object> merged = MergePatch.apply(json, new LinkedHashMap<>(current), patch, Map.class);
        JsonNode tree = json.readTree(patch);
        var errors = new ArrayList<FieldError>();
        tree.fieldNames().forEachRemaining(key -> {
            if (EditorialField.byKey(key).filter(field -> field.scope() == scope).isEmpty()) {
                errors.add(new FieldError(key, "field.unknown", "'" + key + "' is not a " + scope.label()
                        + " field of the editorial field registry."));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return merged;
    }
}
