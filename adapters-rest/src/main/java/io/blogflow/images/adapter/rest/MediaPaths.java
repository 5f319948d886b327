package io.blogflow.images.adapter.rest;

import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;

/**
 * Media ids in paths (a malformed one names nothing: 404, like an unknown one) and who calls. The library belongs to
 * the people who write posts, so it takes the posts permissions: read to browse, write to add and change.
 */
final class MediaPaths {

    static final String API = "/api/v1/media";
    static final String READ = "posts:read";
    static final String WRITE = "posts:write";
    static final String MANAGE_ALL = "posts:manage-all";
    static final String PUBLISH = "posts:publish";

    private MediaPaths() {
    }

    static MediaId mediaId(String raw) {
        try {
            return new MediaId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new MediaErrors.NotFound(raw);
        }
    }

    static Actor actor(SecurityIdentity identity) {
        return Actors.of(identity, MANAGE_ALL, PUBLISH);
    }
}
