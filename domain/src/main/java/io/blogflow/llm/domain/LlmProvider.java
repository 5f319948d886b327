package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * A configured LLM provider: where to reach it ({@code baseUrl}), which protocol it speaks, its auth token (only ever
 * held sealed; {@code null} when it needs none) and how long to wait for it. Names are unique ignoring case;
 * {@code version} guards concurrent edits.
 */
public record LlmProvider(ProviderId id, String name, ProviderType type, ProviderUrl baseUrl, SealedSecret authToken,
                          Duration connectTimeout, Duration readTimeout, boolean enabled, long version) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(2);

    public LlmProvider {
        Objects.requireNonNull(id, "id");
        name = validName(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseUrl, "baseUrl");
        connectTimeout = timeout("connectTimeoutMillis", connectTimeout);
        readTimeout = timeout("readTimeoutMillis", readTimeout);
    }

    public boolean hasAuthToken() {
        return authToken != null;
    }

    /** Stripped, inner whitespace collapsed, 1 to 80 characters. */
    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name.invalid", "name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Between 1 second and 10 minutes: long enough for a slow local model, short enough to free a stuck thread. */
    public static Duration timeout(String field, Duration timeout) {
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidValueException(field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".out-of-range",
                    field + " must be between " + MIN_TIMEOUT.toMillis() + " and " + MAX_TIMEOUT.toMillis() + ".");
        }
        return timeout;
    }
}
