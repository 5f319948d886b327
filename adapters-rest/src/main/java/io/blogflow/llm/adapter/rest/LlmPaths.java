package io.blogflow.llm.adapter.rest;

import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The calling admin (ids in paths are typed: {@link LlmIdConverters}). */
final class LlmPaths {

    private LlmPaths() {
    }

    /** The calling user (an admin for the registry, an editor or admin for prompts). */
    static UserId admin(SecurityIdentity identity) {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }
}
