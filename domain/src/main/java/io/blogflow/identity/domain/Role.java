package io.blogflow.identity.domain;

import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Roles from least to most powerful; each includes the rights of those before it. Rights are permissions
 * ({@code resource:action}) that endpoints require; API tokens carry a subset of their owner's permissions as scopes.
 */
public enum Role {
    /** Drafts own posts; cannot publish. */
    CONTRIBUTOR(Permissions.POSTS_READ, Permissions.POSTS_WRITE),
    /** Publishes own posts. */
    AUTHOR(Permissions.POSTS_PUBLISH),
    /** Manages all content; moderation. */
    EDITOR(Permissions.POSTS_MANAGE_ALL),
    /** Users, providers, plans, settings. */
    ADMIN(Permissions.USERS_MANAGE);

    private final List<String> addedPermissions;

    Role(String... addedPermissions) {
        this.addedPermissions = List.of(addedPermissions);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role it includes, e.g. EDITOR → [CONTRIBUTOR, AUTHOR, EDITOR]. */
    public List<Role> withIncludedRoles() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    public Set<String> permissions() {
        return permissionsOf(withIncludedRoles());
    }

    public static Set<String> permissionsOf(Collection<Role> roles) {
        var permissions = new TreeSet<String>();
        roles.forEach(role -> role.withIncludedRoles().forEach(r -> permissions.addAll(r.addedPermissions)));
        return permissions;
    }

    public static Role parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("role.invalid", "role must be one of contributor, author, editor, admin.");
        }
    }
}
