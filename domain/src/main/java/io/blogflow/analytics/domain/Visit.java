package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One visit (session): a visitor's events with no gap longer than {@link Visits#IDLE_TIMEOUT}. It is a bounce when it
 * has exactly one page view and no interactive event.
 */
public record Visit(Instant start, Instant end, int pageviews, int interactions) {

    public boolean isBounce() {
        return pageviews == 1 && interactions == 0;
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    Visit with(Instant at, EventName name) {
        return new Visit(start, at, pageviews + (name.isPageview() ? 1 : 0),
                interactions + (name.isInteractive() ? 1 : 0));
    }

    static Visit startingWith(Instant at, EventName name) {
        return new Visit(at, at, 0, 0).with(at, name);
    }
}
