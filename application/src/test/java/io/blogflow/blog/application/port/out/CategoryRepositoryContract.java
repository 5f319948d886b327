package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CategoryRepository} does; an implementation's test gives it and posts filed in categories. */
public abstract class CategoryRepositoryContract extends RepositoryContract {

    protected abstract CategoryRepository categories();

    /** A post filed in {@code category}. */
    protected abstract PostId aPostIn(CategoryId category);

    @Test
    void anAddedCategoryIsFoundByIdAndBySlugAndListedByName() {
        Category parent = add(null, "Parent");
        Category child = new Category(new CategoryId(UUID.randomUUID()), unique("Child"), slug("child"), parent.id(),
                "About the child", 0);

        assertThat(tx(() -> categories().add(child))).isEqualTo(child);
        assertThat(tx(() -> categories().findCategory(child.id()))).contains(child);
        assertThat(tx(() -> categories().findCategoryBySlug(child.slug()))).contains(child);
        var names = tx(() -> categories().allCategories()).stream().map(Category::id).toList();
        assertThat(names).contains(parent.id(), child.id());
    }

    @Test
    void aNameOrSlugInUseIsAConflict() {
        Category taken = add(null, "Taken");

        assertThatThrownBy(() -> tx(() -> categories().add(new Category(new CategoryId(UUID.randomUUID()),
                taken.name(), slug("other"), null, null, 0)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("category.name-taken"));
        assertThatThrownBy(() -> tx(() -> categories().add(new Category(new CategoryId(UUID.randomUUID()),
                unique("Other"), taken.slug(), null, null, 0)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("category.slug-taken"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        Category added = add(null, "Versioned");
        Category renamed = new Category(added.id(), unique("Renamed"), added.slug(), null, null, 0);

        Category updated = tx(() -> categories().update(renamed));

        assertThat(updated.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> categories().update(renamed)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void postsAndChildrenMoveTogetherAndAnEmptiedCategoryIsRemoved() {
        Category from = add(null, "From");
        Category to = add(null, "To");
        Category child = add(from.id(), "Child");
        aPostIn(from.id());
        aPostIn(from.id());

        assertThat(tx(() -> categories().countPosts(from.id()))).isEqualTo(2);
        int movedPosts = tx(() -> {
            categories().lockHierarchy();
            return categories().moveAllPosts(from.id(), to.id());
        });
        int movedChildren = tx(() -> categories().moveChildren(from.id(), null));
        Category emptied = tx(() -> categories().findCategory(from.id())).orElseThrow();
        tx(() -> categories().remove(emptied));

        assertThat(movedPosts).isEqualTo(2);
        assertThat(movedChildren).isEqualTo(1);
        assertThat(tx(() -> categories().countPosts(to.id()))).isEqualTo(2);
        assertThat(tx(() -> categories().findCategory(child.id())).orElseThrow().parent()).isNull();
        assertThat(tx(() -> categories().findCategory(from.id()))).isEmpty();
    }

    private Category add(CategoryId parent, String name) {
        return tx(() -> categories().add(new Category(new CategoryId(UUID.randomUUID()), unique(name),
                slug(name.toLowerCase()), parent, null, 0)));
    }

    private static Slug slug(String base) {
        return new Slug(base + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
