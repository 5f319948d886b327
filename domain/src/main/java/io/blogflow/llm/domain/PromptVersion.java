package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One immutable version of a prompt: an optional system prompt, the user-message template, call parameters
 * (e.g. {@code {"temperature": 0.2}}) and the labels pointing at it when it was read. Versions count from 1.
 */
public record PromptVersion(PromptId promptId, String name, int version, String systemPrompt, PromptTemplate template,
                            Map<String, Object> parameters, Set<String> labels, Instant createdAt,
                            UUID createdBy) {

    public static final int MAX_SYSTEM_PROMPT_LENGTH = 50_000;

    public PromptVersion {
        Objects.requireNonNull(promptId, "promptId");
        name = Prompt.validName(name);
        if (version < 1) {
            throw new InvalidValueException("version.invalid", "Prompt versions count from 1.");
        }
        systemPrompt = systemPrompt(systemPrompt);
        Objects.requireNonNull(template, "template");
        parameters = LlmModel.params("parameters", parameters);
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Optional; blank is none; at most 50,000 characters. */
    public static String systemPrompt(String systemPrompt) {
        if (systemPrompt == null || systemPrompt.isBlank()) {
            return null;
        }
        if (systemPrompt.length() > MAX_SYSTEM_PROMPT_LENGTH) {
            throw new InvalidValueException("system-prompt.too-long",
                    "systemPrompt must be at most " + MAX_SYSTEM_PROMPT_LENGTH + " characters.");
        }
        return systemPrompt;
    }

    public PromptVersion withLabels(Set<String> newLabels) {
        return new PromptVersion(promptId, name, version, systemPrompt, template, parameters, newLabels, createdAt,
                createdBy);
    }
}
