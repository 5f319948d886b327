package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private final Category food = category("Food", null);
    private final Category baking = category("Baking", food.id());
    private final Category bread = category("Bread", baking.id());
    private final Category travel = category("Travel", null);
    private final CategoryTree tree = new CategoryTree(List.of(food, baking, bread, travel));

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        for (Category below : List.of(food, baking, bread)) {
            assertThatThrownBy(() -> tree.requireMoveKeepsATree(food.id(), below.id())).as(below.name())
                    .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "category.cycle");
        }
        assertThatCode(() -> tree.requireMoveKeepsATree(bread.id(), travel.id())).doesNotThrowAnyException();
        assertThatCode(() -> tree.requireMoveKeepsATree(baking.id(), null)).doesNotThrowAnyException();
        assertThatCode(() -> tree.requireMoveKeepsATree(food.id(), travel.id())).doesNotThrowAnyException();
    }

    @Test
    void theSubtreeHoldsTheCategoryAndEverythingBelow() {
        assertThat(tree.subtree(food.id())).containsExactlyInAnyOrder(food.id(), baking.id(), bread.id());
        assertThat(tree.subtree(bread.id())).containsExactly(bread.id());
        assertThat(tree.subtree(travel.id())).containsExactly(travel.id());
    }

    @Test
    void namesAreBoundedAndACategoryIsNotItsOwnParent() {
        assertThat(category("  Slow   food ", null).name()).isEqualTo("Slow food");
        assertThatThrownBy(() -> category(" ", null)).isInstanceOf(InvalidValueException.class);
        var id = new CategoryId(UUID.randomUUID());
        assertThatThrownBy(() -> new Category(id, "Loop", new Slug("loop"), id, null, 0))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "parent-id.self");
    }

    private static Category category(String name, CategoryId parent) {
        return new Category(new CategoryId(UUID.randomUUID()), name, Slugs.fromTitle(new Title(name)), parent, null, 0);
    }
}
