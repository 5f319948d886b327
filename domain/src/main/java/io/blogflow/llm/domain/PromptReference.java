package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;

/**
 * Which version of a prompt to use: by {@code label} (a label moves, so the caller follows it) or by a fixed
 * {@code version} number, never both. Neither means the {@code production} label.
 */
public record PromptReference(String name, String label, Integer version) {

    public PromptReference {
        name = Prompt.validName(name);
        if (label != null && version != null) {
            throw new InvalidValueException("prompt.label-or-version",
                    "A prompt reference names a label or a version, not both.");
        }
        if (version != null && version < 1) {
            throw new InvalidValueException("prompt.version-invalid", "A prompt version is 1 or more.");
        }
        if (label == null && version == null) {
            label = PromptLabels.PRODUCTION;
        } else if (label != null) {
            label = PromptLabels.valid(label);
        }
    }

    public static PromptReference production(String name) {
        return new PromptReference(name, null, null);
    }

    @Override
    public String toString() {
        return name + (version != null ? "@" + version : ":" + label);
    }
}
