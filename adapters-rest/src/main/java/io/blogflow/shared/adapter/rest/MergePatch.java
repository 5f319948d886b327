package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

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
        JsonValue patchValue = parse(patch);
        if (patchValue.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(List.of(new FieldError("body", "required",
                    "A merge patch must be a JSON object.")));
        }
        JsonObject target = Json.createReader(new StringReader(mapper.writeValueAsString(document))).readObject();
        JsonValue merged = Json.createMergePatch(patchValue).apply(target);
        return mapper.readValue(merged.toString(), type);
    }

    private static JsonValue parse(String patch) throws JsonProcessingException {
        if (patch == null || patch.isBlank()) {
            throw new ValidationException(List.of(new FieldError("body", "required", "A JSON object is required.")));
        }
        try {
            return Json.createReader(new StringReader(patch)).readValue();
        } catch (JsonException e) {
            // Reported like any other malformed body (Jackson's own exception type carries the 400 mapping).
            throw new com.fasterxml.jackson.core.JsonParseException(null, "The merge patch is not well-formed JSON.");
        }
    }
}
