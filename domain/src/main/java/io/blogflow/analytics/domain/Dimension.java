package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** What a breakdown groups by. */
public enum Dimension {
    POSTS, SOURCES, REFERRERS, COUNTRIES, DEVICES, BROWSERS, OS, EVENTS;

    public static Dimension of(String name) {
        return Arrays.stream(values()).filter(d -> d.code().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("analytics.dimension-unknown",
                        "dimension is one of posts, sources, referrers, countries, devices, browsers, os, events."));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
