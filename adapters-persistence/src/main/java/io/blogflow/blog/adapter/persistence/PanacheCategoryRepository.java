package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheCategoryRepository implements CategoryRepository, PanacheRepositoryBase<CategoryJpaEntity, UUID> {

    @Override
    public Category add(Category category) {
        var row = new CategoryJpaEntity();
        row.id = category.id().value();
        copy(category, row);
        TaxonomyWrites.flushing(getEntityManager(), "category", "categories", () -> persist(row));
        return toDomain(row);
    }

    @Override
    public Category update(Category category) {
        CategoryJpaEntity row = findByIdOptional(category.id().value())
                .orElseThrow(() -> new StaleVersionException("category"));
        if (row.version != category.version()) {
            throw new StaleVersionException("category", row.version);
        }
        TaxonomyWrites.flushing(getEntityManager(), "category", "categories", () -> copy(category, row));
        return toDomain(row);
    }

    @Override
    public void remove(Category category) {
        deleteById(category.id().value());
        flush();
    }

    @Override
    public Optional<Category> findCategory(CategoryId id) {
        return findByIdOptional(id.value()).map(PanacheCategoryRepository::toDomain);
    }

    @Override
    public Optional<Category> findCategoryBySlug(Slug slug) {
        return find("slug", slug.value()).firstResultOptional().map(PanacheCategoryRepository::toDomain);
    }

    @Override
    public List<Category> allCategories() {
        return listAll(Sort.ascending("name")).stream().map(PanacheCategoryRepository::toDomain).toList();
    }

    @Override
    public void lockHierarchy() {
        // Blocks other hierarchy changes (which take the same lock) but not reads.
        getEntityManager().createNativeQuery("LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    @Override
    public long countPosts(CategoryId id) {
        return getEntityManager().createQuery("select count(p) from PostJpaEntity p where p.categoryId = :id", Long.class)
                .setParameter("id", id.value()).getSingleResult();
    }

    /** Bumps the versions of the moved posts: a client holding an older ETag must re-read their new category. */
    @Override
    public int moveAllPosts(CategoryId from, CategoryId to) {
        return getEntityManager().createQuery("update PostJpaEntity p set p.categoryId = :to, p.version = p.version + 1"
                        + " where p.categoryId = :from")
                .setParameter("to", to.value()).setParameter("from", from.value()).executeUpdate();
    }

    @Override
    public int moveChildren(CategoryId from, CategoryId newParent) {
        return getEntityManager().createQuery("update CategoryJpaEntity c set c.parentId = :parent,"
                        + " c.version = c.version + 1 where c.parentId = :from")
                .setParameter("parent", newParent == null ? null : newParent.value())
                .setParameter("from", from.value()).executeUpdate();
    }

    private static void copy(Category category, CategoryJpaEntity row) {
        row.name = category.name();
        row.slug = category.slug().value();
        row.description = category.description();
        row.parentId = category.parent() == null ? null : category.parent().value();
    }

    private static Category toDomain(CategoryJpaEntity row) {
        return new Category(new CategoryId(row.id), row.name, new Slug(row.slug),
                row.parentId == null ? null : new CategoryId(row.parentId), row.description, row.version);
    }
}
