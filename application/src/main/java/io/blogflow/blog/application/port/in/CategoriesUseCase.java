package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.shared.domain.Actor;
import java.util.List;
import java.util.UUID;

/** The category tree: anyone reads it, editors shape it. */
public interface CategoriesUseCase {

    List<Category> list();

    Category get(CategoryId id);

    /** {@code slug} may be null (derived from the name); {@code parent} null for a top-level category. */
    Category create(Actor actor, CategoryValues values);

    /** Renames, re-slugs, re-describes or moves a category (never under itself or its sub-categories). */
    Category update(Actor actor, CategoryId id, long expectedVersion, CategoryValues values);

    /**
     * Deletes a category. Its sub-categories move up to its parent. Posts filed in it move to
     * {@code movePostsTo}; without one, a category that still has posts is refused (409).
     */
    void delete(Actor actor, CategoryId id, long expectedVersion, UUID movePostsTo);

    record CategoryValues(String name, String slug, UUID parentId, String description) {
    }
}
