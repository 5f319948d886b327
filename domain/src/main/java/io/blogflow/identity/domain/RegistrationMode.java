package io.blogflow.identity.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who may create an account: nobody (admins do), invited people, or anyone (who then verifies their address). */
public enum RegistrationMode {
    CLOSED, INVITE, OPEN;

    public static Optional<RegistrationMode> parse(String raw) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(raw.trim())).findFirst();
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
