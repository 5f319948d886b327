package io.blogflow.blog.adapter.rest;

import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Permissions;
import io.quarkus.security.identity.SecurityIdentity;

/** The permissions post endpoints require, and the caller as the post use cases see them. */
final class PostPermissions {

    static final String READ = Permissions.POSTS_READ;
    static final String WRITE = Permissions.POSTS_WRITE;
    static final String PUBLISH = Permissions.POSTS_PUBLISH;
    static final String MANAGE_ALL = Permissions.POSTS_MANAGE_ALL;

    private PostPermissions() {
    }

    static Actor actor(SecurityIdentity identity) {
        return Actors.of(identity, MANAGE_ALL, PUBLISH);
    }
}
