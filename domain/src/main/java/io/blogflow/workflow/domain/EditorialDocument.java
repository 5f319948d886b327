package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the editorial fields of one scope (a post's workspace or one section), checked against the
 * {@link EditorialField registry}: only known keys of that scope, a text as a string, a list as strings, none longer
 * than the field allows. A field without a value is absent (a {@code null} value is dropped). Every refusal names its
 * field, all of them in one {@link ValidationException}.
 */
public record EditorialDocument(EditorialField.Scope scope, Map<String, Object> values) {

    public EditorialDocument {
        if (scope == null) {
            throw new IllegalArgumentException("scope is required");
        }
        var errors = new ArrayList<FieldError>();
        var checked = new LinkedHashMap<String, Object>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (value != null) {
                    check(scope, key, value, errors).ifPresent(v -> checked.put(key, v));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        values = Collections.unmodifiableMap(checked);
    }

    public static EditorialDocument empty(EditorialField.Scope scope) {
        return new EditorialDocument(scope, Map.of());
    }

    private static java.util.Optional<Object> check(EditorialField.Scope scope, String key, Object value,
                                                    List<FieldError> errors) {
        var field = EditorialField.byKey(key).filter(f -> f.scope() == scope);
        if (field.isEmpty()) {
            errors.add(new FieldError(key, "field.unknown", "'" + key + "' is not a " + scope.label()
                    + " field of the editorial field registry."));
            return java.util.Optional.empty();
        }
        EditorialField f = field.get();
        int max = f.maxLength();
        if (f.kind() == EditorialField.Kind.TEXT) {
            if (!(value instanceof String text)) {
                errors.add(new FieldError(key, "field.not-text", key + " must be a string."));
                return java.util.Optional.empty();
            }
            if (text.length() > max) {
                errors.add(new FieldError(key, "field.too-long", key + " must be at most " + max + " characters."));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(text);
        }
        if (!(value instanceof List<?> items) || items.stream().anyMatch(item -> !(item instanceof String))) {
            errors.add(new FieldError(key, "field.not-text-list", key + " must be a list of strings."));
            return java.util.Optional.empty();
        }
        if (items.size() > EditorialField.MAX_ITEMS) {
            errors.add(new FieldError(key, "field.too-many-items",
                    key + " must have at most " + EditorialField.MAX_ITEMS + " items."));
            return java.util.Optional.empty();
        }
        if (items.stream().anyMatch(item -> ((String) item).length() > max)) {
            errors.add(new FieldError(key, "field.too-long",
                    "Each item of " + key + " must be at most " + max + " characters."));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(List.copyOf(items.stream().map(String.class::cast).toList()));
    }
}
