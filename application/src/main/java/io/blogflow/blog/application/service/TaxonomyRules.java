package io.blogflow.blog.application.service;

import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Slugs;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.Validation;

/** What categories and topic clusters share: editors curate them, and slugs are given or derived from the name. */
final class TaxonomyRules {

    private TaxonomyRules() {
    }

    static void requireEditor(Actor actor, String what) {
        if (!actor.managesAllContent()) {
            throw new NotAllowedException("Only editors and admins change " + what + ".");
        }
    }

    /** The given slug, or one derived from {@code name}; recorded as a field error when invalid. */
    static Slug slug(Validation validation, String given, String name) {
        if (given != null) {
            return validation.field("slug", () -> new Slug(given));
        }
        return name == null || name.isBlank() ? null : validation.field("name", () -> Slugs.fromTitle(new Title(name)));
    }
}
