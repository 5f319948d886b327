package io.blogflow.workflow.domain.action;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.EditorialField.Scope;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An LLM action: a prompt (by label or version) sent to a model (with an optional fallback), whose answer is written
 * to one editorial field. It runs once per post ({@link Scope#POST}) or once per section ({@link Scope#SECTION}:
 * when its output or any input is a section field). A section action may read the post's fields as well as its
 * section's; a post action reads post fields only, so a post-field output with a section-field input is refused.
 * {@code inputs} lists what the action reads (empty: whatever its prompt's placeholders name); every placeholder of
 * the prompt must be readable ({@link #requireReadable}). {@code version} guards concurrent edits.
 */
public record LlmAction(ActionId id, String name, String description, PromptReference prompt, ModelId model,
                        ModelId fallbackModel, Double temperature, Integer maxTokens, Duration timeout,
                        List<EditorialField> inputs, EditorialField output, boolean enabled, long version) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_TOKENS = 128_000;
    public static final double MAX_TEMPERATURE = 2.0;
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    public LlmAction {
        Objects.requireNonNull(id, "id");
        name = validName(name);
        description = validDescription(description);
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(model, "model");
        temperature = validTemperature(temperature);
        maxTokens = validMaxTokens(maxTokens);
        timeout = validTimeout(timeout);
        inputs = validInputs(inputs);
        output = validOutput(output);
        requireCompatibleScopes(inputs, output);
    }

    /** Where it runs: per section when any of its fields is a section field, otherwise once per post. */
    public Scope scope() {
        return output.scope() == Scope.SECTION || inputs.stream().anyMatch(f -> f.scope() == Scope.SECTION)
                ? Scope.SECTION : Scope.POST;
    }

    /** Whether a run of this action can fill {@code field} in: post fields always, section fields per section. */
    public boolean canRead(EditorialField field) {
        return field.postLevel() || scope() == Scope.SECTION;
    }

    /**
     * Refuses ({@code prompt.field-not-readable}) a prompt placeholder the action cannot fill in: not a registry
     * field, a section field in a post action, or (when inputs are listed) a field that is not one of them.
     */
    public void requireReadable(Set<String> placeholders) {
        for (String placeholder : placeholders) {
            var field = EditorialField.byKey(placeholder).filter(this::canRead)
                    .filter(f -> inputs.isEmpty() || inputs.contains(f));
            if (field.isEmpty()) {
                throw new InvalidValueException("prompt.field-not-readable", "The prompt's placeholder {{"
                        + placeholder + "}} is not a field this " + scope().label() + " action reads"
                        + (inputs.isEmpty() ? "." : " (its inputs are listed)."));
            }
        }
    }

    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name.invalid", "name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    public static String validDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValueException("description.too-long",
                    "description must be at most " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        return description.strip();
    }

    public static Double validTemperature(Double temperature) {
        if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > MAX_TEMPERATURE)) {
            throw new InvalidValueException("temperature.out-of-range", "temperature must be between 0 and 2.");
        }
        return temperature;
    }

    public static Integer validMaxTokens(Integer maxTokens) {
        if (maxTokens != null && (maxTokens < 1 || maxTokens > MAX_TOKENS)) {
            throw new InvalidValueException("max-tokens.out-of-range",
                    "maxTokens must be between 1 and " + MAX_TOKENS + ".");
        }
        return maxTokens;
    }

    /** Absent is 2 minutes; otherwise 1 second to 10 minutes. */
    public static Duration validTimeout(Duration timeout) {
        if (timeout == null) {
            return DEFAULT_TIMEOUT;
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidValueException("timeout-millis.out-of-range", "timeoutMillis must be between "
                    + MIN_TIMEOUT.toMillis() + " and " + MAX_TIMEOUT.toMillis() + ".");
        }
        return timeout;
    }

    /** Registry fields, each once (duplicates dropped, order kept). */
    public static List<EditorialField> validInputs(List<EditorialField> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("inputs.unknown-field", "inputs must be keys of the field registry.");
        }
        return List.copyOf(new LinkedHashSet<>(inputs));
    }

    public static EditorialField validOutput(EditorialField output) {
        if (output == null) {
            throw new InvalidValueException("output.required", "output must be a key of the field registry.");
        }
        if (output.kind() != EditorialField.Kind.TEXT && output.kind() != EditorialField.Kind.TEXT_LIST) {
            throw new InvalidValueException("output.not-text", "output must be a text or text-list field.");
        }
        return output;
    }

    private static void requireCompatibleScopes(List<EditorialField> inputs, EditorialField output) {
        if (output.postLevel()) {
            inputs.stream().filter(f -> f.scope() == Scope.SECTION).findFirst().ifPresent(f -> {
                throw new InvalidValueException("inputs.not-readable", "'" + f.key() + "' is a section field; an "
                        + "action writing the post field '" + output.key() + "' runs once per post and cannot read it.");
            });
        }
    }
}
