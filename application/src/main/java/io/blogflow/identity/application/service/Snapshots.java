package io.blogflow.identity.application.service;

import io.blogflow.identity.domain.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of an account before and after a change: never the password hash. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> of(User user) {
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("name", user.name().value());
        snapshot.put("email", user.email().value());
        snapshot.put("role", user.role().name());
        snapshot.put("active", user.active());
        snapshot.put("profile", user.profile().toString());
        snapshot.put("preferences", user.preferences().toString());
        return snapshot;
    }
}
