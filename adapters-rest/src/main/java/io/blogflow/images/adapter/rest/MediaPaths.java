package io.blogflow.images.adapter.rest;

import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Permissions;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who calls the media library (media ids in paths are typed: {@link ImageIdConverters}). The library belongs to
 * the people who write posts, so it takes the posts permissions: read to browse, write to add and change.
 */
final class MediaPaths {

    static final String API = "/api/v1/media";
    static final String READ = Permissions.POSTS_READ;
    static final String WRITE = Permissions.POSTS_WRITE;
    static final String MANAGE_ALL = Permissions.POSTS_MANAGE_ALL;
    static final String PUBLISH = Permissions.POSTS_PUBLISH;

    private MediaPaths() {
    }

    static Actor actor(SecurityIdentity identity) {
        return Actors.of(identity, MANAGE_ALL, PUBLISH);
    }
}
