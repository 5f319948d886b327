package io.blogflow.shared.adapter.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceListener;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Adds a listener to a connection pool Quarkus has already built. Agroal takes listeners only when a pool is
 * constructed, and Quarkus passes its own logging listener there and offers applications only pool interceptors, which
 * are called after a connection is acquired: too late to refuse a request before it waits in the pool. So the
 * listener goes in front of the pool's listener array by reflection on Agroal's pool (agroal-pool 3.x: the data
 * source's {@code connectionPool}, the pool's {@code listeners}). Should a later Agroal lay them out otherwise, nothing
 * is installed and a warning says so; {@code DatabaseOutageTest} fails on it.
 */
public final class PoolListeners {

    private static final Logger LOG = Logger.getLogger(PoolListeners.class);

    private PoolListeners() {
    }

    /** Puts {@code listener} first among the pool's listeners; false (and a warning) when that is not possible. */
    public static boolean addFirst(String name, AgroalDataSource dataSource, AgroalDataSourceListener listener) {
        try {
            io.agroal.pool.DataSource agroal = dataSource.unwrap(io.agroal.pool.DataSource.class); // no CDI proxy
            Object pool = field(io.agroal.pool.DataSource.class, "connectionPool").get(agroal);
            Field listeners = field(pool.getClass(), "listeners");
            AgroalDataSourceListener[] current = (AgroalDataSourceListener[]) listeners.get(pool);
            AgroalDataSourceListener[] extended = new AgroalDataSourceListener[current.length + 1];
            extended[0] = listener;
            System.arraycopy(current, 0, extended, 1, current.length);
            listeners.set(pool, extended);
            return Arrays.asList((AgroalDataSourceListener[]) listeners.get(pool)).contains(listener);
        } catch (ReflectiveOperationException | RuntimeException | java.sql.SQLException e) {
            LOG.warnf("Could not add %s to the connection pool %s (%s): without it, requests wait in the pool "
                    + "during a database outage before they are answered 503", listener.getClass().getSimpleName(),
                    name, e);
            return false;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
