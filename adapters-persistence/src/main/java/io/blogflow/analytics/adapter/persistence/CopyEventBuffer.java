package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.EventBuffer;
import io.blogflow.analytics.domain.AnalyticsEvent;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * A bounded in-process buffer written to {@code analytics_events} with PostgreSQL {@code COPY} by one flusher thread:
 * as soon as {@code batchSize} events wait, and at least every {@code flushInterval}. A batch only leaves the buffer
 * once written, so while the database is away the buffer fills and offers are refused (the endpoint answers 503).
 * Rows the database refuses (a broken check) are isolated by halving the batch and counted as failed, so one bad row
 * cannot block the others. {@link #close()} flushes everything before returning.
 */
public final class CopyEventBuffer implements EventBuffer, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CopyEventBuffer.class);
    private static final String COPY = "COPY analytics_events (" + EventCsv.COLUMNS + ") FROM STDIN (FORMAT csv)";
    private static final int MAX_ROWS_PER_COPY = 20_000;
    private static final int SHUTDOWN_ATTEMPTS = 5;

    /**
     * @param capacity      events held at most (accepted but not yet written)
     * @param batchSize     events that trigger a flush before the interval is up
     * @param flushInterval longest time an event waits before it is written
     */
    public record Settings(int capacity, int batchSize, Duration flushInterval) {

        public Settings {
            if (capacity < 1 || batchSize < 1 || flushInterval.isNegative() || flushInterval.isZero()) {
                throw new IllegalArgumentException("The analytics buffer needs a positive capacity, batch size and "
                        + "flush interval");
            }
        }
    }

    private final DataSource dataSource;
    private final Settings settings;
    private final ConcurrentLinkedQueue<AnalyticsEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final LongAdder written = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread flusher;
    private volatile boolean running = true;

    public CopyEventBuffer(DataSource dataSource, Settings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.flusher = new Thread(this::flushLoop, "analytics-flusher");
        this.flusher.setDaemon(true);
        this.flusher.start();
    }

    @Override
    public boolean offer(List<AnalyticsEvent> events) {
        int size = events.size();
        if (!running) {
            return false;
        }
        int after = held.addAndGet(size);
        if (after > settings.capacity()) {
            held.addAndGet(-size);
            return false;
        }
        queue.addAll(events);
        if (queued.addAndGet(size) >= settings.batchSize()) {
            LockSupport.unpark(flusher);
        }
        return true;
    }

    /** Events accepted and not yet written. */
    public int held() {
        return held.get();
    }

    public long written() {
        return written.sum();
    }

    /** Events the database refused as rows (they are logged). */
    public long failed() {
        return failed.sum();
    }

    /** Stops taking events, writes every held one and ends the flusher (waiting up to 30 s). */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(flusher);
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (held.get() > 0) {
            LOG.errorf("%d analytics events could not be written before shutdown", held.get());
        }
    }

    private void flushLoop() {
        long interval = settings.flushInterval().toNanos();
        while (running || queued.get() > 0) {
            long deadline = System.nanoTime() + interval;
            while (running && queued.get() < settings.batchSize()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, left);
            }
            while (queued.get() > 0) {
                flushOnce();
            }
        }
    }

    private void flushOnce() {
        List<AnalyticsEvent> batch = new ArrayList<>(Math.min(queued.get(), MAX_ROWS_PER_COPY));
        AnalyticsEvent event;
        while (batch.size() < MAX_ROWS_PER_COPY && (event = queue.poll()) != null) {
            batch.add(event);
        }
        queued.addAndGet(-batch.size());
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                writeOrIsolate(batch);
                break;
            } catch (SQLException | RuntimeException e) {
                if (!running && attempt >= SHUTDOWN_ATTEMPTS) {
                    LOG.errorf(e, "Giving up on %d analytics events at shutdown", batch.size());
                    return;
                }
                LOG.warnf("Writing %d analytics events failed (%s); retrying in %d ms", batch.size(), e.getMessage(),
                        backoff);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
        held.addAndGet(-batch.size());
    }

    /** Writes the batch; if the database refuses a row, halves until the refused rows are found and counted. */
    private void writeOrIsolate(List<AnalyticsEvent> batch) throws SQLException {
        try {
            copy(batch);
            written.add(batch.size());
        } catch (SQLException e) {
            if (!isRefusedData(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                failed.increment();
                LOG.errorf("The database refused an analytics event (%s): %s", e.getSQLState(), e.getMessage());
                return;
            }
            int half = batch.size() / 2;
            writeOrIsolate(batch.subList(0, half));
            writeOrIsolate(batch.subList(half, batch.size()));
        }
    }

    /** Data exceptions (class 22) and integrity violations (class 23) are the rows' fault; retrying cannot help. */
    private static boolean isRefusedData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private void copy(List<AnalyticsEvent> batch) throws SQLException {
        StringBuilder csv = new StringBuilder(batch.size() * 200);
        for (AnalyticsEvent event : batch) {
            EventCsv.append(csv, event);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("Streaming the COPY failed", "08000", e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
