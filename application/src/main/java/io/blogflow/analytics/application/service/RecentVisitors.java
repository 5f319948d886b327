package io.blogflow.analytics.application.service;

import io.blogflow.analytics.domain.VisitorId;
import io.blogflow.analytics.domain.Visits;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Visitor ids with a visit still open (an event within the idle timeout), in memory, so a visit that spans midnight
 * keeps yesterday's id. Entries older than the timeout are pruned about once a minute.
 */
final class RecentVisitors {

    private static final long PRUNE_EVERY_MILLIS = 60_000;

    private final ConcurrentHashMap<Long, Long> lastSeen = new ConcurrentHashMap<>();
    private final AtomicLong nextPrune = new AtomicLong();

    boolean active(VisitorId visitor, Instant now) {
        Long seen = lastSeen.get(visitor.value());
        return seen != null && Visits.continues(Instant.ofEpochMilli(seen), now);
    }

    void seen(VisitorId visitor, Instant now) {
        long millis = now.toEpochMilli();
        lastSeen.put(visitor.value(), millis);
        long due = nextPrune.get();
        if (millis >= due && nextPrune.compareAndSet(due, millis + PRUNE_EVERY_MILLIS)) {
            long oldest = millis - Visits.IDLE_TIMEOUT.toMillis();
            lastSeen.values().removeIf(at -> at < oldest);
        }
    }

    int size() {
        return lastSeen.size();
    }
}
