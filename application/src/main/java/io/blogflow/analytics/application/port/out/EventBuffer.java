package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.AnalyticsEvent;
import java.util.List;

/**
 * Where accepted events go on their way to storage: an in-process buffer written in batches today, a durable log
 * (NATS JetStream, Kafka) tomorrow. A batch is taken whole or not at all.
 */
public interface EventBuffer {

    /** @return false when there is no room for all of {@code events} now (nothing was taken) */
    boolean offer(List<AnalyticsEvent> events);

    /** Seconds a refused client should wait before trying again. */
    default long retryAfterSeconds() {
        return 1;
    }
}
