package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.out.SaltRepository;
import io.blogflow.analytics.domain.DailySalt;
import io.blogflow.analytics.domain.SaltPair;
import io.blogflow.shared.application.port.out.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Today's and yesterday's salts: created at random on first need (every instance agrees on the stored one), held in
 * memory for the day, and deleted by {@link #rotate()} once older than yesterday (48 hours after their day began).
 */
public final class SaltKeeper {

    private final SaltRepository salts;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile SaltPair cached;

    public SaltKeeper(SaltRepository salts, Transactions transactions, Clock clock) {
        this.salts = salts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SaltPair current() {
        Instant now = clock.instant();
        SaltPair pair = cached;
        if (pair != null && pair.current().day().equals(DailySalt.dayOf(now))) {
            return pair;
        }
        synchronized (this) {
            pair = cached;
            if (pair == null || !pair.current().day().equals(DailySalt.dayOf(now))) {
                pair = transactions.inTransaction(() -> load(now));
                cached = pair;
            }
            return pair;
        }
    }

    /** Whether {@link #current()} answers from memory, without a query. */
    public boolean holdsToday() {
        SaltPair pair = cached;
        return pair != null && pair.current().day().equals(DailySalt.dayOf(clock.instant()));
    }

    /** Makes sure today's salt exists and deletes every salt older than yesterday's; returns how many were deleted. */
    public int rotate() {
        Instant now = clock.instant();
        LocalDate today = DailySalt.dayOf(now);
        int deleted = transactions.inTransaction(() -> {
            todays(today, now);
            return salts.deleteBefore(today.minusDays(1));
        });
        synchronized (this) {
            cached = null;
        }
        return deleted;
    }

    private SaltPair load(Instant now) {
        LocalDate today = DailySalt.dayOf(now);
        DailySalt current = todays(today, now);
        Optional<DailySalt> previous = salts.find(today.minusDays(1)).filter(salt -> !salt.expiredAt(now));
        return new SaltPair(current, previous);
    }

    private DailySalt todays(LocalDate today, Instant now) {
        return salts.find(today).orElseGet(() -> {
            byte[] key = new byte[DailySalt.KEY_BYTES];
            random.nextBytes(key);
            return salts.storeIfAbsent(new DailySalt(today, key), now);
        });
    }
}
