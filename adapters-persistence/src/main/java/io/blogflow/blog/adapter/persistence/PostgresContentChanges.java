package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PublicContentCache;
import io.blogflow.shared.application.port.out.SignalChannels;
import java.util.List;

/**
 * PostgreSQL's change signal on published content ({@code NOTIFY blogflow_public_content}, sent by triggers at
 * commit) empties the public cache whenever it arrives, whichever instance made the change. When listening begins
 * (start, and again after a lost connection) it empties the cache too: a missed signal must never leave stale answers
 * behind. When the connection is lost, the cache is kept: during a database outage readers are still served what was
 * cached, no older than the cache's time-to-live (nothing can change while PostgreSQL is down), and it is emptied as
 * soon as listening begins again.
 */
public final class PostgresContentChanges implements SignalChannels.Subscriber {

    public static final String CHANNEL = "blogflow_public_content";

    private final PublicContentCache cache;

    public PostgresContentChanges(PublicContentCache cache) {
        this.cache = cache;
    }

    @Override
    public void signalled(List<String> payloads) {
        cache.invalidateAll();
    }

    @Override
    public void mayHaveMissedSignals() {
        cache.invalidateAll();
    }

    @Override
    public void stoppedListening() {
        // kept until listening begins again (mayHaveMissedSignals): still served during an outage, TTL-bounded
    }
}
