package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Overload is answered 503 with Retry-After, never 500: a saturated connection pool (every connection held, the
 * request's wait for one runs out) and a public read past its statement timeout (it waits on a lock held here). A
 * small pool, a short acquisition timeout and a 1 s public-read timeout of its own profile make both quick.
 */
@QuarkusTest
@TestProfile(DatabaseOverloadTest.SmallPool.class)
@WithTestResource(PostgresTestResource.class)
class DatabaseOverloadTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "blogflow.public-reads.statement-timeout", "1s");
        }
    }

    private static final String LIST = "/api/v1/public/posts?size=1";

    @Inject
    DataSource dataSource;

    @Test
    void aSaturatedPoolAnswers503WithRetryAfter() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            holdEveryConnection(held);

            given().when().get(LIST).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("2")).body("code", equalTo("database-busy"))
                    .body("status", equalTo(503));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get(LIST).then().statusCode(200);
    }

    @Test
    void aPublicReadPastItsStatementTimeoutAnswers503WithRetryAfter() throws SQLException {
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("LOCK TABLE posts IN ACCESS EXCLUSIVE MODE");
                given().when().get(LIST).then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", equalTo("2")).body("code", equalTo("query-timeout"))
                        .body("detail", containsString("took longer"));
            } finally {
                locker.rollback();
                locker.setAutoCommit(true);
            }
        }
        given().when().get(LIST).then().statusCode(200);
    }

    /** Takes connections until the pool has none left (its acquisition timeout ends the last attempt). */
    private void holdEveryConnection(List<Connection> held) {
        while (held.size() < 100) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException exhausted) {
                return;
            }
        }
        throw new IllegalStateException("The pool never ran dry");
    }
}
