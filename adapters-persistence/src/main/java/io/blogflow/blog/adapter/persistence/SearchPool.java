package io.blogflow.blog.adapter.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public search's own connection pool (the {@value #NAME} datasource: the same database, a few connections, no JTA),
 * so that searches, the most expensive thing an anonymous reader can ask for, can never hold the connections that
 * reads by slug and everything else need. Each of its connections is set up once, when it is opened: every statement
 * is cancelled by PostgreSQL past the search's statement timeout (57014, answered 503), and nothing on it can write.
 */
@ApplicationScoped
@io.quarkus.agroal.DataSource(SearchPool.NAME)
public class SearchPool implements AgroalPoolInterceptor {

    public static final String NAME = "search";

    private final long statementTimeoutMillis;

    public SearchPool(@ConfigProperty(name = "blogflow.public-reads.search-statement-timeout", defaultValue = "1s")
                      Duration statementTimeout) {
        this.statementTimeoutMillis = Math.max(1, statementTimeout.toMillis()); // 0 would mean no timeout at all
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = " + statementTimeoutMillis);
            statement.execute("SET default_transaction_read_only = on");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up a search connection", e);
        }
    }
}
