package io.blogflow.shared.domain;

import java.util.Objects;

/**
 * Who performs a use case, as far as content rules care: the user, and whether their role lets them manage
 * everyone's content (editors, admins) or only their own (contributors, authors).
 */
public record Actor(UserId id, boolean managesAllContent) {

    public Actor {
        Objects.requireNonNull(id, "id");
    }

    /** Owners see their own objects; content managers see all. Used to answer 404, not 403, for the rest. */
    public boolean mayAccessContentOf(UserId owner) {
        return managesAllContent || id.equals(owner);
    }
}
