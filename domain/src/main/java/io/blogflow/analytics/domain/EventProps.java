package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A custom event's string properties: at most 30, names up to 64 and values up to 500 characters. */
public record EventProps(Map<String, String> values) {

    public static final int MAX_PROPS = 30;
    public static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_VALUE_LENGTH = 500;
    public static final EventProps NONE = new EventProps(Map.of());

    public EventProps {
        if (values == null) {
            values = Map.of();
        }
        if (values.size() > MAX_PROPS) {
            throw new InvalidValueException("event.too-many-props", "An event has at most 30 props.");
        }
        for (Map.Entry<String, String> prop : values.entrySet()) {
            if (prop.getKey() == null || prop.getKey().isBlank() || prop.getKey().length() > MAX_KEY_LENGTH) {
                throw new InvalidValueException("event.prop-name-invalid",
                        "A prop name has 1 to 64 characters.");
            }
            if (prop.getValue() == null || prop.getValue().length() > MAX_VALUE_LENGTH) {
                throw new InvalidValueException("event.prop-value-invalid",
                        "A prop value is a string of at most 500 characters.");
            }
        }
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
