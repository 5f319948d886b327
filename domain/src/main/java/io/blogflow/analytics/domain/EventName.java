package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Set;

/**
 * What happened: one of the built-in names ({@code pageview}, {@code engagement}, {@code click}, {@code share},
 * {@code conversion}) or a custom name of up to 120 printable characters.
 */
public record EventName(String value) {

    public static final int MAX_LENGTH = 120;
    public static final EventName PAGEVIEW = new EventName("pageview");
    public static final EventName ENGAGEMENT = new EventName("engagement");
    public static final Set<String> BUILT_IN = Set.of("pageview", "engagement", "click", "share", "conversion");

    public EventName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("event.name-required", "An event needs a name.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("event.name-too-long", "An event name has at most 120 characters.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("event.name-invalid", "An event name has no control characters.");
        }
    }

    public boolean isPageview() {
        return value.equals(PAGEVIEW.value);
    }

    /**
     * Whether the event shows the visitor interacted with the page, which keeps a visit from being a bounce: anything
     * but a page view and the automatic engagement ping (Plausible's definition).
     */
    public boolean isInteractive() {
        return !isPageview() && !value.equals(ENGAGEMENT.value);
    }
}
