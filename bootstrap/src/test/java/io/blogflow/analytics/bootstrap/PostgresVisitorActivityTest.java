package io.blogflow.analytics.bootstrap;

import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.application.port.out.VisitorActivityContract;
import io.blogflow.analytics.domain.VisitorId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/** PostgresVisitorActivity against the real database, events written into {@code analytics_events}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresVisitorActivityTest extends VisitorActivityContract {

    @Inject
    VisitorActivity activity;

    @Inject
    DataSource dataSource;

    @Override
    protected VisitorActivity activity() {
        return activity;
    }

    @Override
    protected void written(Instant at, VisitorId visitor) {
        RawAnalyticsEvents.insert(dataSource, at, visitor.value(), "pageview", Map.of());
    }
}
