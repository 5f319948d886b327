package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import java.util.Optional;

/**
 * Where categories live. Implementations throw {@code ConflictException} for a duplicate name or slug and
 * {@code StaleVersionException} for a concurrent change.
 */
public interface CategoryRepository {

    Category add(Category category);

    Category update(Category category);

    void remove(Category category);

    Optional<Category> findCategory(CategoryId id);

    Optional<Category> findCategoryBySlug(Slug slug);

    /** Every category, by name. */
    List<Category> allCategories();

    /**
     * Serialises changes of the hierarchy for the rest of the transaction, so two concurrent moves cannot together
     * build a cycle that neither would alone.
     */
    void lockHierarchy();

    /** Posts (trashed ones included) filed in the category. */
    long countPosts(CategoryId id);

    /** Refiles every post of {@code from} under {@code to}; returns how many moved. */
    int moveAllPosts(CategoryId from, CategoryId to);

    /** Hangs every direct child of {@code from} under {@code newParent} (null: top level). */
    int moveChildren(CategoryId from, CategoryId newParent);
}
