package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Roles from least to most powerful; each includes the rights of those before it. */
public enum Role {
    /** Drafts own posts; cannot publish. */
    CONTRIBUTOR,
    /** Publishes own posts. */
    AUTHOR,
    /** Manages all content; moderation. */
    EDITOR,
    /** Users, providers, plans, settings. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role it includes, e.g. EDITOR → [CONTRIBUTOR, AUTHOR, EDITOR]. */
    public List<Role> withIncludedRoles() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    public static Role parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("role.invalid", "role must be one of contributor, author, editor, admin.");
        }
    }
}
