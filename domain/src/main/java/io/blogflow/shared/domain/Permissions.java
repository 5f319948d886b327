package io.blogflow.shared.domain;

/**
 * The permissions endpoints require, as {@code resource:action} strings: one list for every context (identity's roles
 * grant them, API tokens carry them as scopes, each context's endpoints require them).
 */
public final class Permissions {

    public static final String POSTS_READ = "posts:read";
    public static final String POSTS_WRITE = "posts:write";
    public static final String POSTS_PUBLISH = "posts:publish";
    /** See and change everyone's posts, not only one's own. */
    public static final String POSTS_MANAGE_ALL = "posts:manage-all";
    public static final String USERS_MANAGE = "users:manage";

    private Permissions() {
    }
}
