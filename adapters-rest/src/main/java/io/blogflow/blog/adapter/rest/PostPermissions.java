package io.blogflow.blog.adapter.rest;

import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;

/** The permissions post endpoints require, and the caller as the post use cases see them. */
final class PostPermissions {

    static final String READ = "posts:read";
    static final String WRITE = "posts:write";
    static final String PUBLISH = "posts:publish";
    static final String MANAGE_ALL = "posts:manage-all";

    private PostPermissions() {
    }

    static Actor actor(SecurityIdentity identity) {
        return Actors.of(identity, MANAGE_ALL, PUBLISH);
    }
}
