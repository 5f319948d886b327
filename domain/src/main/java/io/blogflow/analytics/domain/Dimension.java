package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a breakdown groups by. Entry and exit pages are the paths of a visit's first and last page view; props are
 * custom events' properties as {@code name:key=value}.
 */
public enum Dimension {
    POSTS("posts"), ENTRY_PAGES("entry-pages"), EXIT_PAGES("exit-pages"), SOURCES("sources"),
    REFERRERS("referrers"), UTM_MEDIUMS("utm-mediums"), UTM_CAMPAIGNS("utm-campaigns"), COUNTRIES("countries"),
    DEVICES("devices"), BROWSERS("browsers"), OS("os"), EVENTS("events"), PROPS("props");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public static Dimension of(String name) {
        return Arrays.stream(values()).filter(d -> d.code.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("analytics.dimension-unknown",
                        "dimension is one of " + codes() + "."));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Dimension::code).collect(Collectors.joining(", "));
    }

    public String code() {
        return code;
    }

    /** Whether the dimension is a property of a visit (its first or last page) rather than of each event. */
    public boolean ofVisits() {
        return this == ENTRY_PAGES || this == EXIT_PAGES;
    }
}
