package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.domain.SaltPair;
import io.blogflow.analytics.domain.VisitorId;
import io.blogflow.analytics.domain.Visits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Visitor ids with a visit still open (an event within the idle timeout), in memory, so a visit that spans midnight
 * keeps yesterday's id. Entries older than the timeout are pruned about once a minute. Memory alone would split such a
 * visit whenever its events before midnight reached another instance (or this one before a restart): in the first
 * idle timeout of a day, the visitors active within the timeout are read once from what every instance has written.
 */
final class RecentVisitors {

    private static final long PRUNE_EVERY_MILLIS = 60_000;

    private final ConcurrentHashMap<Long, Long> lastSeen = new ConcurrentHashMap<>();
    private final AtomicLong nextPrune = new AtomicLong();
    private final VisitorActivity written;
    private volatile LocalDate caughtUpOn;

    RecentVisitors(VisitorActivity written) {
        this.written = written;
    }

    boolean active(VisitorId visitor, Instant now) {
        Long seen = lastSeen.get(visitor.value());
        return seen != null && Visits.continues(Instant.ofEpochMilli(seen), now);
    }

    void seen(VisitorId visitor, Instant now) {
        long millis = now.toEpochMilli();
        lastSeen.merge(visitor.value(), millis, Math::max);
        long due = nextPrune.get();
        if (millis >= due && nextPrune.compareAndSet(due, millis + PRUNE_EVERY_MILLIS)) {
            long oldest = millis - Visits.IDLE_TIMEOUT.toMillis();
            lastSeen.values().removeIf(at -> at < oldest);
        }
    }

    /**
     * Whether {@link #catchUp} still has to read the written activity today: only while a visit opened yesterday can
     * still continue (yesterday's salt is kept and midnight is less than the idle timeout ago), once per day.
     */
    boolean catchUpDue(SaltPair salts, Instant now) {
        LocalDate today = salts.current().day();
        return salts.previous().isPresent() && !today.equals(caughtUpOn)
                && Visits.continues(today.atStartOfDay(ZoneOffset.UTC).toInstant(), now);
    }

    /** Reads the visitors active within the idle timeout from every instance's written events, when due. */
    void catchUp(SaltPair salts, Instant now) {
        if (!catchUpDue(salts, now)) {
            return;
        }
        synchronized (this) {
            if (catchUpDue(salts, now)) {
                written.lastSeenSince(now.minus(Visits.IDLE_TIMEOUT))
                        .forEach((visitor, at) -> seen(visitor, at));
                caughtUpOn = salts.current().day();
            }
        }
    }

    int size() {
        return lastSeen.size();
    }
}
