package io.blogflow.analytics.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Today's salt and, when it still exists, yesterday's. A visitor seen recently under yesterday's salt keeps that id,
 * so a visit spanning midnight is not split in two; everyone else gets today's.
 */
public record SaltPair(DailySalt current, Optional<DailySalt> previous) {

    public SaltPair {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        if (previous.isPresent() && !previous.get().day().equals(current.day().minusDays(1))) {
            throw new IllegalArgumentException("The previous salt is the day before the current one's");
        }
    }

    /**
     * @param activeVisitor whether a visitor id had an event within the idle timeout (its visit is still open)
     */
    public VisitorId identify(String site, String ip, String userAgent, Predicate<VisitorId> activeVisitor) {
        if (previous.isPresent()) {
            VisitorId yesterdays = previous.get().visitor(site, ip, userAgent);
            if (activeVisitor.test(yesterdays)) {
                return yesterdays;
            }
        }
        return current.visitor(site, ip, userAgent);
    }
}
