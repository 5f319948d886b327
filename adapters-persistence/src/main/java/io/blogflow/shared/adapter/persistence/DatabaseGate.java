package io.blogflow.shared.adapter.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceListener;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * "The database cannot be reached" for one connection pool, learnt once instead of by every request. When the pool
 * fails to open a connection because PostgreSQL refuses or drops it (a connection-class failure: SQLState 08xxx,
 * 57P01–57P03, a refused socket), the gate closes: from then on every request for a connection is refused at once,
 * before the pool, with SQLState 08001 (which the REST layer answers 503 {@code database-unavailable} with
 * Retry-After), instead of waiting in the pool behind other threads' connection attempts. Meanwhile one probe, every
 * {@code probeInterval}, asks the pool to open a new connection; the first connection opened, by the probe or anyone,
 * opens the gate again. A connection that breaks in use is discarded by the pool (PostgreSQL's exception sorter), and
 * the connection opened in its place decides.
 */
public final class DatabaseGate implements AgroalDataSourceListener {

    private static final Logger LOG = Logger.getLogger(DatabaseGate.class);
    static final String REFUSED_STATE = "08001"; // sqlclient_unable_to_establish_sqlconnection

    private final String name;
    private final AgroalDataSource pool;
    private final ScheduledExecutorService prober;
    private final Duration probeInterval;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private volatile long closedAtNanos;
    private volatile String cause = "";

    /**
     * @param name   the datasource, for logs
     * @param pool   the pool whose connection attempts the probe makes
     * @param prober runs the probes (one thread is plenty: a probe is one connection attempt)
     */
    public DatabaseGate(String name, AgroalDataSource pool, ScheduledExecutorService prober, Duration probeInterval) {
        this.name = name;
        this.pool = pool;
        this.prober = prober;
        this.probeInterval = probeInterval;
    }

    public boolean isOpen() {
        return !closed.get();
    }

    /** Requests refused while the gate was closed, since start. */
    public long refusals() {
        return refused.get();
    }

    /** Connection attempts made by the probe, since start. */
    public long probes() {
        return probes.get();
    }

    /** Connections the pool tried to open (whoever asked), since start. */
    public long attempts() {
        return attempts.get();
    }

    @Override
    public void beforeConnectionCreation() {
        attempts.incrementAndGet();
    }

    @Override
    public void beforeConnectionAcquire() {
        if (closed.get()) {
            refused.incrementAndGet();
            throw Sneaky.<RuntimeException>rethrow(new SQLNonTransientConnectionException(
                    "The database " + name + " cannot be reached (" + cause + "); refused without waiting",
                    REFUSED_STATE));
        }
    }

    @Override
    public void onConnectionCreationFailure(SQLException failure) {
        if (unreachable(failure) && closed.compareAndSet(false, true)) {
            closedAtNanos = System.nanoTime();
            cause = String.valueOf(failure.getMessage());
            LOG.warnf("The database %s cannot be reached (%s): requests that need it are answered 503 at once; "
                    + "trying to connect every %s", name, cause, probeInterval);
            scheduleProbe();
        }
    }

    @Override
    public void onConnectionCreation(Connection connection) {
        if (closed.compareAndSet(true, false)) {
            LOG.infof("The database %s is reachable again after %d ms", name,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closedAtNanos));
        }
    }

    private void scheduleProbe() {
        try {
            prober.schedule(this::probe, probeInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            LOG.debugf("No probe of %s: shutting down", name);
        }
    }

    /** One connection attempt through the pool (bypassing the gate); another is scheduled while still closed. */
    private void probe() {
        if (!closed.get()) {
            return;
        }
        probes.incrementAndGet();
        try {
            pool.isHealthy(true); // opens a new connection: a success is heard as onConnectionCreation
        } catch (SQLException | RuntimeException stillDown) {
            LOG.debugf("Probe of %s failed: %s", name, stillDown.getMessage());
        }
        if (closed.get()) {
            scheduleProbe();
        }
    }

    /** PostgreSQL refused, dropped or is shutting down the connection: the server is out of reach, not busy. */
    static boolean unreachable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Lets the listener throw the SQLException the pool's callers expect, from a method declaring none. */
    private static final class Sneaky {

        @SuppressWarnings("unchecked")
        static <T extends Throwable> T rethrow(Throwable checked) throws T {
            throw (T) checked;
        }
    }
}
