package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A named prompt: the container of its immutable versions (1..n) and its labels. {@code version} is the prompt's own
 * change counter (its ETag): it moves with every new version and every label change.
 */
public record Prompt(PromptId id, String name, long version, Instant createdAt, UUID createdBy) {

    /** Lower-case letters, digits, dots, underscores and hyphens; starts with a letter or digit; 1 to 80. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    public Prompt {
        Objects.requireNonNull(id, "id");
        name = validName(name);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static String validName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("name.invalid", "A prompt name is 1 to 80 lower-case letters, digits, "
                    + "dots, underscores and hyphens, starting with a letter or digit.");
        }
        return name;
    }
}
