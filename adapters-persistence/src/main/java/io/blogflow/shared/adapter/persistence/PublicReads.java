package io.blogflow.shared.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What bounds a reader's query: a statement timeout ({@code blogflow.public-reads.statement-timeout}), so that no
 * anonymous request can hold a pooled connection for long. JDBC sets it in whole seconds (rounded up, at least one);
 * PostgreSQL cancels the statement at the deadline (SQLState 57014), which the REST layer answers 503 with
 * Retry-After. Reads are marked read-only too: Hibernate keeps no dirty-checking snapshot of what they load.
 */
@ApplicationScoped
public class PublicReads {

    static final String TIMEOUT_HINT = "org.hibernate.timeout"; // seconds
    static final String READ_ONLY_HINT = "org.hibernate.readOnly";

    private final int timeoutSeconds;

    public PublicReads(@ConfigProperty(name = "blogflow.public-reads.statement-timeout", defaultValue = "2s")
                       Duration timeout) {
        this.timeoutSeconds = seconds(timeout);
    }

    /** Whole seconds, rounded up, at least one (zero would mean no timeout at all). */
    static int seconds(Duration timeout) {
        long millis = Math.max(1, timeout.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** A native or JPQL query of a public read: bounded in time, read-only. */
    public <Q extends Query> Q bounded(Q query) {
        query.setHint(TIMEOUT_HINT, timeoutSeconds);
        query.setHint(READ_ONLY_HINT, true);
        return query;
    }
}
