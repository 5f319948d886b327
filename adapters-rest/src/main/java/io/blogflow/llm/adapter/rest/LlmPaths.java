package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;

/** Ids in paths (a malformed one names nothing: 404, like an unknown one) and the calling admin. */
final class LlmPaths {

    private LlmPaths() {
    }

    static ProviderId providerId(String raw) {
        return new ProviderId(uuid(raw, "llm-provider"));
    }

    static ModelId modelId(String raw) {
        return new ModelId(uuid(raw, "llm-model"));
    }

    /** The calling user (an admin for the registry, an editor or admin for prompts). */
    static UserId admin(SecurityIdentity identity) {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }

    private static UUID uuid(String raw, String kindOfThing) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kindOfThing, raw);
        }
    }
}
