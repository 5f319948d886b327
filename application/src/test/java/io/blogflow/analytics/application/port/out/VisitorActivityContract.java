package io.blogflow.analytics.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.domain.VisitorId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VisitorActivity} adapter must do. The store may hold other visitors' events (tests share it):
 * assertions name this test's visitors only.
 */
public abstract class VisitorActivityContract {

    private static final Instant MIDNIGHT = Instant.parse("1999-12-31T00:00:00Z");

    protected abstract VisitorActivity activity();

    /** Writes one event of {@code visitor} at {@code at}, as the event buffer would have. */
    protected abstract void written(Instant at, VisitorId visitor);

    @Test
    void eachVisitorWithAnEventSinceTheTimeComesWithItsLatestOneAndOlderVisitorsNot() {
        VisitorId before = visitor();
        VisitorId spanning = visitor();
        VisitorId onTheEdge = visitor();
        written(MIDNIGHT.minusSeconds(45 * 60), before);
        written(MIDNIGHT.minusSeconds(40 * 60), spanning);
        written(MIDNIGHT.minusSeconds(10 * 60), spanning);
        written(MIDNIGHT.plusSeconds(5 * 60), spanning);
        written(MIDNIGHT.minusSeconds(30 * 60), onTheEdge);

        Map<VisitorId, Instant> lastSeen = activity().lastSeenSince(MIDNIGHT.minusSeconds(30 * 60));

        assertThat(lastSeen).containsEntry(spanning, MIDNIGHT.plusSeconds(5 * 60))
                .containsEntry(onTheEdge, MIDNIGHT.minusSeconds(30 * 60))
                .doesNotContainKey(before);
    }

    private static VisitorId visitor() {
        return new VisitorId(ThreadLocalRandom.current().nextLong());
    }
}
