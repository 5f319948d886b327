package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PublicContentCache;
import io.blogflow.shared.adapter.persistence.PostgresChannelListener;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Listens for PostgreSQL's change signal on published content ({@code NOTIFY blogflow_public_content}, sent by
 * triggers at commit) and empties the public cache whenever it arrives, whichever instance made the change. While
 * not listening (start, lost connection) it empties the cache too: a missed signal must never leave stale answers
 * behind.
 */
public final class PostgresContentChanges implements PostgresChannelListener.Handler {

    private static final String CHANNEL = "blogflow_public_content";

    private final PublicContentCache cache;
    private final PostgresChannelListener listener;

    public PostgresContentChanges(DataSource dataSource, PublicContentCache cache, Duration reconnectDelay) {
        this.cache = cache;
        this.listener = new PostgresChannelListener(dataSource, CHANNEL, this, reconnectDelay);
    }

    public void start() {
        listener.start();
    }

    public void stop() {
        listener.stop();
    }

    @Override
    public void signalled(List<String> payloads) {
        cache.invalidateAll();
    }

    @Override
    public void mayHaveMissedSignals() {
        cache.invalidateAll();
    }
}
