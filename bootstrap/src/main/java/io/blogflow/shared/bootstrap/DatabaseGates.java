package io.blogflow.shared.bootstrap;

import io.agroal.api.AgroalDataSource;
import io.blogflow.blog.adapter.persistence.SearchPool;
import io.blogflow.shared.adapter.persistence.DatabaseGate;
import io.blogflow.shared.adapter.persistence.PoolListeners;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A {@link DatabaseGate} on each connection pool (the default one and public search's): during a database outage,
 * requests that need a connection are refused at once, and one probe thread tries to reconnect each pool.
 */
@Singleton
public class DatabaseGates {

    private final Map<String, DatabaseGate> gates = new LinkedHashMap<>();
    private ScheduledExecutorService prober;

    void install(@Observes StartupEvent started, AgroalDataSource main,
                 @io.quarkus.agroal.DataSource(SearchPool.NAME) AgroalDataSource search, BlogflowConfig config) {
        prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-probe");
            thread.setDaemon(true);
            return thread;
        });
        var interval = config.database().outageProbeInterval();
        Map.of("<default>", main, SearchPool.NAME, search).forEach((name, pool) -> {
            var gate = new DatabaseGate(name, pool, prober, interval);
            if (PoolListeners.addFirst(name, pool, gate)) {
                gates.put(name, gate);
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (prober != null) {
            prober.shutdownNow();
        }
    }

    /** The gates installed, by datasource name ({@code <default>}, {@code search}). */
    public Map<String, DatabaseGate> gates() {
        return Map.copyOf(gates);
    }
}
