package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.Set;

/**
 * OWASP ASVS 5 password rules: 8 to 128 characters, not a commonly used password, and no composition rules.
 * Length counts Unicode code points, so any character (including spaces and emoji) is allowed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    /** @param commonPasswords lower-case entries of a breached/common password list */
    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    public void check(String candidate) {
        int length = candidate == null ? 0 : candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValueException("password.too-short", "password must have at least " + MIN_LENGTH
                    + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("password.too-long", "password must have at most " + MAX_LENGTH
                    + " characters.");
        }
        if (commonPasswords.contains(candidate.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("password.common",
                    "this password is on a list of commonly used passwords; choose another.");
        }
    }
}
