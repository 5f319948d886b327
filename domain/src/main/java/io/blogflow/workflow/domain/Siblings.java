package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items under one parent, retired ones included, and the rules of their ordering: active siblings have
 * positions 1..n without gaps or duplicates, names unique among the active ones ignoring case, keys unique among
 * all of them. Every change answers the complete new order of the active siblings, which the caller stores at once.
 */
public final class Siblings {

    private final WorkflowLevel level;
    private final List<WorkflowItem> all;
    private final List<WorkflowItem> active;

    public Siblings(WorkflowLevel level, List<WorkflowItem> items) {
        this.level = Objects.requireNonNull(level, "level");
        this.all = List.copyOf(items);
        this.active = all.stream().filter(WorkflowItem::active)
                .sorted(Comparator.comparingInt(WorkflowItem::position)).toList();
    }

    /** Active siblings in their order. */
    public List<WorkflowItem> active() {
        return active;
    }

    /** Refuses {@code name} when an active sibling other than {@code self} (may be null) has it, ignoring case. */
    public void requireNameFree(String name, WorkflowItemId self) {
        String wanted = name.toLowerCase(Locale.ROOT);
        boolean taken = active.stream().anyMatch(item -> !item.id().equals(self)
                && item.name().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw new ConflictException(level.label() + ".name-taken", "Another " + label()
                    + " here is already named '" + name + "'.");
        }
    }

    /** A given key must be free among all siblings (409); a derived one takes the first free variant. */
    public WorkflowKey keyFor(WorkflowKey given, String name) {
        Set<String> taken = all.stream().map(item -> item.key().value()).collect(Collectors.toSet());
        if (given == null) {
            return WorkflowKey.fromName(name).firstFree(taken);
        }
        if (taken.contains(given.value())) {
            throw new ConflictException(level.label() + ".key-taken", "Another " + label()
                    + " here (perhaps a retired one) already has the key '" + given + "'.");
        }
        return given;
    }

    /** Where a new item goes: {@code requested} in 1..n+1, or last (n+1) when null. */
    public int positionForNew(Integer requested) {
        int last = active.size() + 1;
        if (requested == null) {
            return last;
        }
        return inRange(requested, last);
    }

    /** The active order once {@code added} is inserted at {@code position}: later siblings shift down by one. */
    public List<WorkflowItemId> orderWithNew(WorkflowItemId added, int position) {
        var order = ids();
        order.add(inRange(position, order.size() + 1) - 1, added);
        return order;
    }

    /** The active order once {@code moving} (an active sibling) stands at {@code position} in 1..n. */
    public List<WorkflowItemId> orderWithMove(WorkflowItemId moving, int position) {
        var order = ids();
        if (!order.remove(moving)) {
            throw new IllegalArgumentException(moving + " is not an active sibling");
        }
        order.add(inRange(position, order.size() + 1) - 1, moving);
        return order;
    }

    /** The active order once {@code leaving} is retired: later siblings close the gap. */
    public List<WorkflowItemId> orderWithout(WorkflowItemId leaving) {
        var order = ids();
        order.remove(leaving);
        return order;
    }

    private List<WorkflowItemId> ids() {
        return new ArrayList<>(active.stream().map(WorkflowItem::id).toList());
    }

    private static int inRange(int position, int last) {
        if (position < 1 || position > last) {
            throw new InvalidValueException("position.out-of-range", "position must be between 1 and " + last + ".");
        }
        return position;
    }

    private String label() {
        return level.label().replace('-', ' ');
    }
}
