package io.blogflow.shared.domain;

import java.util.Objects;

/**
 * Who performs a use case, as far as content rules care: the user, whether their role lets them manage everyone's
 * content (editors, admins) or only their own (contributors, authors), and whether they may publish.
 */
public record Actor(UserId id, boolean managesAllContent, boolean publishes) {

    public Actor {
        Objects.requireNonNull(id, "id");
    }

    /** Owners see their own objects; content managers see all. Used to answer 404, not 403, for the rest. */
    public boolean mayAccessContentOf(UserId owner) {
        return managesAllContent || id.equals(owner);
    }
}
