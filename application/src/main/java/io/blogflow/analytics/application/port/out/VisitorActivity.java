package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.VisitorId;
import java.time.Instant;
import java.util.Map;

/**
 * When visitors last had an event, from what every instance has written: lets a visit that spans midnight keep
 * yesterday's visitor id whichever instance its events reach.
 */
public interface VisitorActivity {

    /** Each visitor id with a written event at or after {@code since}, with the time of its latest one. */
    Map<VisitorId, Instant> lastSeenSince(Instant since);
}
