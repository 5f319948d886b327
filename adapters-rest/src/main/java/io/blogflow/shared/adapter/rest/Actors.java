package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;

/** The calling user as use cases see them, from the authenticated identity (access token or API token). */
public final class Actors {

    private Actors() {
    }

    /**
     * @param manageAllPermission the permission ({@code resource:action}) that lets the caller reach everyone's
     *                            objects of this kind rather than only their own
     * @param publishPermission   the permission that lets the caller publish objects of this kind
     */
    public static Actor of(SecurityIdentity identity, String manageAllPermission, String publishPermission) {
        UserId id = UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
        return new Actor(id, has(identity, manageAllPermission), has(identity, publishPermission));
    }

    private static boolean has(SecurityIdentity identity, String permission) {
        String[] parts = permission.split(":", 2);
        return identity.checkPermissionBlocking(new StringPermission(parts[0], parts[1]));
    }
}
