package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits one visitor's events into visits: a visit ends after 30 minutes without an event. */
public final class Visits {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    private Visits() {
    }

    /** One event of a visitor, as far as visits care. */
    public record Hit(Instant at, EventName name) {
    }

    /** Whether an event at {@code next} still belongs to the visit last seen at {@code lastSeen}. */
    public static boolean continues(Instant lastSeen, Instant next) {
        return !next.isAfter(lastSeen.plus(IDLE_TIMEOUT));
    }

    public static List<Visit> of(List<Hit> hits) {
        List<Hit> ordered = hits.stream().sorted(Comparator.comparing(Hit::at)).toList();
        List<Visit> visits = new ArrayList<>();
        Visit current = null;
        for (Hit hit : ordered) {
            if (current != null && continues(current.end(), hit.at())) {
                current = current.with(hit.at(), hit.name());
            } else {
                if (current != null) {
                    visits.add(current);
                }
                current = Visit.startingWith(hit.at(), hit.name());
            }
        }
        if (current != null) {
            visits.add(current);
        }
        return visits;
    }
}
