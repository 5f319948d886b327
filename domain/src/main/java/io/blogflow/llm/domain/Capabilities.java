package io.blogflow.llm.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of {@link Capability capabilities}; streaming only comes with chat. */
public record Capabilities(Set<Capability> all) {

    public Capabilities {
        all = all.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(all));
        if (all.contains(Capability.STREAMING) && !all.contains(Capability.CHAT)) {
            throw new IllegalArgumentException("streaming is a way of chatting: it needs chat");
        }
    }

    public static Capabilities of(Capability... capabilities) {
        return new Capabilities(Set.of(capabilities));
    }

    public boolean has(Capability capability) {
        return all.contains(capability);
    }

    /** What two protocols of the same provider type can do together. */
    public Capabilities with(Capabilities other) {
        EnumSet<Capability> union = EnumSet.noneOf(Capability.class);
        union.addAll(all);
        union.addAll(other.all);
        return new Capabilities(union);
    }

    /** Codes in declaration order: {@code chat}, {@code streaming}, {@code images}. */
    public java.util.List<String> codes() {
        return all.stream().sorted().map(Capability::code).collect(Collectors.toList());
    }
}
