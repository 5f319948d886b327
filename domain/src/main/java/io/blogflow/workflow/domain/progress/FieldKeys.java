package io.blogflow.workflow.domain.progress;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Post field keys selected as a sub-stage's inputs or outputs ({@code basicIdea}, {@code sectionHeadings}). Until the
 * field registry exists this checks the shape only: camelCase ASCII of at most 80 characters, at most 50 keys,
 * duplicates dropped in their first order.
 */
public record FieldKeys(List<String> values) {

    public static final int MAX_LENGTH = 80;
    public static final int MAX_KEYS = 50;
    public static final FieldKeys NONE = new FieldKeys(List.of());
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    public FieldKeys {
        if (values == null) {
            values = List.of();
        }
        if (values.size() > MAX_KEYS) {
            throw new InvalidValueException("fields.too-many", "At most " + MAX_KEYS + " field keys.");
        }
        for (String key : values) {
            if (key == null || key.length() > MAX_LENGTH || !CAMEL_CASE.matcher(key).matches()) {
                throw new InvalidValueException("fields.key-invalid", "Field keys are camelCase (a-z first, then "
                        + "letters and digits) of at most " + MAX_LENGTH + " characters, e.g. 'basicIdea'.");
            }
        }
        values = List.copyOf(new LinkedHashSet<>(values));
    }
}
