package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Placement rules for a post's sections: positions are 1..n, contiguous, in the order given. */
public final class SectionOrder {

    private SectionOrder() {
    }

    /** The position of a new section among {@code count} existing ones: {@code requested}, or last when absent. */
    public static int positionForNew(Integer requested, int count) {
        if (requested == null) {
            return count + 1;
        }
        if (requested < 1 || requested > count + 1) {
            throw new InvalidValueException("position.out-of-range",
                    "position must be between 1 and " + (count + 1) + ".");
        }
        return requested;
    }

    /** A requested new order must name every current section exactly once, and nothing else. */
    public static List<UUID> requireSameSections(List<UUID> requested, List<UUID> current) {
        return requireSame(requested, current, "section");
    }

    /** A requested new order of a post's sections or a step's buttons ({@code noun}) names each exactly once. */
    public static List<UUID> requireSame(List<UUID> requested, List<UUID> current, String noun) {
        if (requested == null || requested.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("ids.required", "ids must list the " + noun + " ids.");
        }
        if (new HashSet<>(requested).size() != requested.size()) {
            throw new InvalidValueException("ids.duplicate", "ids must name each " + noun + " once.");
        }
        if (requested.size() != current.size() || !new HashSet<>(current).containsAll(requested)) {
            throw new InvalidValueException("ids.not-the-" + noun + "s",
                    "ids must be exactly the " + current.size() + " " + noun + " ids, in the new order.");
        }
        return List.copyOf(requested);
    }
}
