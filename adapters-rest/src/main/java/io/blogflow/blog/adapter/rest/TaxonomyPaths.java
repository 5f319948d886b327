package io.blogflow.blog.adapter.rest;

import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.domain.NotFoundException;
import java.util.UUID;

/** Ids of categories and topic clusters in paths: a malformed one names nothing (404), like an unknown one. */
final class TaxonomyPaths {

    private TaxonomyPaths() {
    }

    static UUID id(String raw, String kindOfThing) {
        return PathIds.uuid(raw, () -> new NotFoundException(kindOfThing, raw));
    }
}
