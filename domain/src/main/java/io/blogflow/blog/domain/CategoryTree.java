package io.blogflow.blog.domain;

import io.blogflow.shared.domain.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The category hierarchy as a whole: what moving a category would do to it, and what lies below a category. */
public final class CategoryTree {

    private final Map<CategoryId, CategoryId> parentOf = new HashMap<>();
    private final Map<CategoryId, List<CategoryId>> childrenOf = new HashMap<>();

    public CategoryTree(Collection<Category> categories) {
        for (Category category : categories) {
            parentOf.put(category.id(), category.parent());
            if (category.parent() != null) {
                childrenOf.computeIfAbsent(category.parent(), parent -> new ArrayList<>()).add(category.id());
            }
        }
    }

    /** Refuses to put {@code moving} under {@code newParent} when that is itself or one of its descendants. */
    public void requireMoveKeepsATree(CategoryId moving, CategoryId newParent) {
        for (CategoryId ancestor = newParent; ancestor != null; ancestor = parentOf.get(ancestor)) {
            if (ancestor.equals(moving)) {
                throw new ConflictException("category.cycle",
                        "A category cannot move under itself or one of its sub-categories.");
            }
        }
    }

    /** {@code root} and every category below it, root first. */
    public Set<CategoryId> subtree(CategoryId root) {
        Objects.requireNonNull(root, "root");
        var found = new LinkedHashSet<CategoryId>();
        var pending = new ArrayList<CategoryId>(List.of(root));
        while (!pending.isEmpty()) {
            CategoryId next = pending.remove(pending.size() - 1);
            if (found.add(next)) {
                pending.addAll(childrenOf.getOrDefault(next, List.of()));
            }
        }
        return found;
    }
}
