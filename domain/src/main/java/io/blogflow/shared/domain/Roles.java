package io.blogflow.shared.domain;

/**
 * The role names endpoints require where a permission is not enough (administration, prompt and action editing).
 * They are the names of identity's roles.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";

    private Roles() {
    }
}
