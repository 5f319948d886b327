package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON Merge Patch (RFC 7396) over a request document: members of the patch replace those of the document,
 * {@code null} removes them, nested objects merge. The merge is JSON-P's ({@link Json#createMergePatch}); the
 * result goes back through Jackson, so unknown fields and wrong types fail exactly as in a full request.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    public static <T> T apply(ObjectMapper mapper, T document, String patch, Class<T> type)
            throws JsonProcessingException {
        JsonValue patchValue = parse(mapper, patch);
        if (patchValue.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(List.of(new FieldError("body", "required",
                    "A merge patch must be a JSON object.")));
        }
        refuseUnknownRemovals(mapper, patchValue.asJsonObject(), type);
        JsonObject target = Json.createReader(new StringReader(mapper.writeValueAsString(document))).readObject();
        JsonValue merged = Json.createMergePatch(patchValue).apply(target);
        return mapper.readValue(merged.toString(), type);
    }

    /**
     * Removing a member the document does not have changes nothing in the merge, so {@code {"authorId": null}} would
     * pass unnoticed: a null for a field the request type does not know is refused like any unknown field.
     */
    private static void refuseUnknownRemovals(ObjectMapper mapper, JsonObject patch, Class<?> type) {
        if (Map.class.isAssignableFrom(type)) {
            return; // a free-form document: its own validation knows which keys exist
        }
        Set<String> known = mapper.getDeserializationConfig().introspect(mapper.constructType(type))
                .findProperties().stream().map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
        List<FieldError> unknown = patch.entrySet().stream()
                .filter(member -> member.getValue() == JsonValue.NULL && !known.contains(member.getKey()))
                .map(member -> new FieldError(member.getKey(), "unknown-field", "This field is not accepted here."))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
    }

    private static JsonValue parse(ObjectMapper mapper, String patch) throws JsonProcessingException {
        if (patch == null || patch.isBlank()) {
            throw new ValidationException(List.of(new FieldError("body", "required", "A JSON object is required.")));
        }
        // Jackson first: it enforces the nesting limit and refuses NUL characters like every other body.
        mapper.readTree(patch);
        try {
            return Json.createReader(new StringReader(patch)).readValue();
        } catch (JsonException e) {
            // Reported like any other malformed body (Jackson's own exception type carries the 400 mapping).
            throw new com.fasterxml.jackson.core.JsonParseException(null, "The merge patch is not well-formed JSON.");
        }
    }
}
