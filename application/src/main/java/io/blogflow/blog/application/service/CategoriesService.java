package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.CategoryTree;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Texts;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class CategoriesService implements CategoriesUseCase {

    private final CategoryRepository categories;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public CategoriesService(CategoryRepository categories, Transactions transactions, IdGenerator ids,
                             AuditTrail audit) {
        this.categories = categories;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public List<Category> list() {
        return categories.allCategories();
    }

    @Override
    public Category get(CategoryId id) {
        return categories.findCategory(id).orElseThrow(() -> new NotFoundException("category", id.toString()));
    }

    @Override
    public Category create(Actor actor, CategoryValues values) {
        TaxonomyRules.requireEditor(actor, "categories");
        return transactions.inTransaction(() -> {
            categories.lockHierarchy();
            Category created = categories.add(valid(new CategoryId(ids.newId()), values, 0));
            audit.record(actor.id(), "category.created", "category", created.id(), null, snapshot(created));
            return created;
        });
    }

    @Override
    public Category update(Actor actor, CategoryId id, long expectedVersion, CategoryValues values) {
        TaxonomyRules.requireEditor(actor, "categories");
        return transactions.inTransaction(() -> {
            categories.lockHierarchy();
            Category current = current(id, expectedVersion);
            Category changed = valid(id, values, current.version());
            new CategoryTree(categories.allCategories()).requireMoveKeepsATree(id, changed.parent());
            Category saved = categories.update(changed);
            audit.record(actor.id(), "category.updated", "category", id, snapshot(current), snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(Actor actor, CategoryId id, long expectedVersion, UUID movePostsTo) {
        TaxonomyRules.requireEditor(actor, "categories");
        transactions.inTransaction(() -> {
            categories.lockHierarchy();
            Category doomed = current(id, expectedVersion);
            long posts = categories.countPosts(id);
            if (movePostsTo != null) {
                CategoryId target = new CategoryId(movePostsTo);
                if (target.equals(id) || categories.findCategory(target).isEmpty()) {
                    throw new ValidationException(List.of(new FieldError("movePostsTo", "move-posts-to.invalid",
                            "movePostsTo must name another existing category.")));
                }
                categories.moveAllPosts(id, target);
            } else if (posts > 0) {
                throw new ConflictException("category.has-posts", "The category still has " + posts
                        + " post(s): name a category to move them to (movePostsTo).");
            }
            categories.moveChildren(id, doomed.parent());
            categories.remove(doomed);
            audit.record(actor.id(), "category.deleted", "category", id, snapshot(doomed),
                    Map.of("postsMoved", posts, "movedTo", String.valueOf(movePostsTo)));
            return null;
        });
    }

    private Category current(CategoryId id, long expectedVersion) {
        Category current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("category", current.version());
        }
        return current;
    }

    private Category valid(CategoryId id, CategoryValues values, long version) {
        var validation = new Validation();
        String name = validation.field("name", () -> Category.validName(values.name()));
        Slug slug = TaxonomyRules.slug(validation, values.slug(), values.name());
        String description = validation.field("description",
                () -> Texts.optional("description", values.description(), 1000));
        CategoryId parent = values.parentId() == null ? null : new CategoryId(values.parentId());
        validation.field("parentId", () -> knownParent(id, parent));
        validation.throwIfInvalid();
        return new Category(id, name, slug, parent, description, version);
    }

    private CategoryId knownParent(CategoryId self, CategoryId parent) {
        if (parent != null && !parent.equals(self) && categories.findCategory(parent).isEmpty()) {
            throw new InvalidValueException("parent-id.unknown", "No category " + parent + ".");
        }
        return parent;
    }

    private static Map<String, Object> snapshot(Category category) {
        return Map.of("name", category.name(), "slug", category.slug().value(),
                "parentId", String.valueOf(category.parent()));
    }
}
