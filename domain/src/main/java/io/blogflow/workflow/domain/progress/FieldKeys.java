package io.blogflow.workflow.domain.progress;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.workflow.domain.EditorialField;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Editorial field keys selected as a sub-stage's inputs or outputs ({@code basicIdea}, {@code firstDraft}): each must
 * be a field of the {@link EditorialField} registry; at most 50 keys, duplicates dropped in their first order.
 */
public record FieldKeys(List<String> values) {

    public static final int MAX_KEYS = 50;
    public static final FieldKeys NONE = new FieldKeys(List.of());

    public FieldKeys {
        if (values == null) {
            values = List.of();
        }
        if (values.size() > MAX_KEYS) {
            throw new InvalidValueException("fields.too-many", "At most " + MAX_KEYS + " field keys.");
        }
        for (String key : values) {
            if (key == null || EditorialField.byKey(key).isEmpty()) {
                throw new InvalidValueException("fields.key-invalid", "'" + key + "' is no editorial field; the "
                        + "registry (GET /api/v1/workflow/fields) lists them, e.g. 'basicIdea'.");
            }
        }
        values = List.copyOf(new LinkedHashSet<>(values));
    }
}
