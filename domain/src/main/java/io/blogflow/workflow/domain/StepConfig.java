package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * A step's configuration: a JSON object (as JSON text) describing the step's input and output fields. The inbound
 * adapter parses it, so it is well-formed JSON; new configurations are bounded by {@link #of(String)}. The constructor
 * does not bound the size, so a stored one reads back even when the database renders it with more whitespace.
 */
public record StepConfig(String json) {

    public static final int MAX_BYTES = 16 * 1024;
    public static final StepConfig EMPTY = new StepConfig("{}");

    public StepConfig {
        if (json == null || json.isBlank()) {
            throw new InvalidValueException("config.required", "config must be a JSON object.");
        }
        json = json.strip();
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new InvalidValueException("config.not-an-object", "config must be a JSON object.");
        }
    }

    /** A new configuration from compact JSON text: an object of at most 16 KB (UTF-8). */
    public static StepConfig of(String json) {
        StepConfig config = new StepConfig(json);
        if (config.json().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException("config.too-large",
                    "config must be at most " + MAX_BYTES + " bytes of JSON.");
        }
        return config;
    }
}
