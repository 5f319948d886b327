package io.blogflow.workflow.domain.run;

import io.blogflow.workflow.domain.EditorialField;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Converts between field values and the text a model reads and writes. A text field is the answer, trimmed; a list
 * field is one item per non-blank line, without the bullet or number a model likes to put in front ({@code - },
 * {@code * }, {@code • }, {@code 1. }, {@code 2) }). When a prompt reads a list it gets the same shape: one
 * {@code - item} per line.
 */
public final class GeneratedValue {

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]\\s+|\\d{1,3}[.)]\\s+)");

    private GeneratedValue() {
    }

    /** The answer as a value of {@code field} (its length limits are checked where the value is stored). */
    public static Object forField(EditorialField field, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (field.kind() == EditorialField.Kind.TEXT) {
            return text;
        }
        return Arrays.stream(text.split("\\R")).map(String::strip)
                .map(line -> BULLET.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    /** A stored value as prompt text: absent is empty, a list is one bullet per line. */
    public static String asPromptText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return String.join("\n", items.stream().map(item -> "- " + item).toList());
        }
        return value.toString();
    }
}
