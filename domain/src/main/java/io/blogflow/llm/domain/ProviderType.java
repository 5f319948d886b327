package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The wire protocol a provider speaks, by its code ({@code openai}, {@code ollama}, {@code anthropic} …). Which codes
 * exist is not the domain's business: adapter modules contribute protocols and the registry built from them says
 * which are known and what each can do. Here a code is only checked for shape: 1 to 20 characters, lower-case
 * letters, digits and hyphens, starting with a letter (the database checks the same).
 */
public record ProviderType(String code) {

    public static final int MAX_LENGTH = 20;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");

    public ProviderType {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException("type.invalid", "type must be a lower-case code of 1 to " + MAX_LENGTH
                    + " letters, digits and hyphens.");
        }
    }

    /** Case and surrounding space ignored, as clients send it. */
    public static ProviderType parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("type.invalid", "type is required.");
        }
        return new ProviderType(code.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
