package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * small pool, a short acquisition timeout and a 1 s public-read timeout of its own profile make both quick. Public
 * search runs on a pool of its own: searches holding all of it leave reads by slug their connections.
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
                    "blogflow.public-reads.statement-timeout", "1s",
                    "blogflow.public-reads.search-statement-timeout", "1s");
        }
    }

    private static final String LIST = "/api/v1/public/posts?size=1";
    private static final String SEARCH = "/api/v1/public/posts/search?q=anything";

    @Inject
    DataSource dataSource;

    @Inject
    @io.quarkus.agroal.DataSource("search")
    AgroalDataSource searchPool;

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
        whilePostsAreLocked(() -> given().when().get(LIST).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("2"))
                .body("code", equalTo("query-timeout")).body("detail", containsString("took longer")));
        given().when().get(LIST).then().statusCode(200);
    }

    @Test
    void searchesHoldingTheWholeSearchPoolDoNotBlockAReadBySlug() throws SQLException {
        Tokens author = Accounts.author();
        String location = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Read beside the searches", "contentMarkdown", "Still served.",
                        "metaDescription", "A post read while searches hold their pool."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        String slug = author.as().when().get(location).then().statusCode(200).extract().path("slug");

        List<Connection> held = new ArrayList<>();
        try {
            holdEveryConnection(searchPool, held); // what four long searches at once would hold
            assertThat(held).as("the search pool has the bulkhead's size").hasSize(4);
            try (Statement statement = held.get(0).createStatement();
                 ResultSet timeout = statement.executeQuery("SHOW statement_timeout")) {
                timeout.next();
                assertThat(timeout.getString(1)).isEqualTo("1s");
            }

            given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                    .body("title", equalTo("Read beside the searches"));
            given().when().get(SEARCH).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("2")).body("code", equalTo("database-busy"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get(SEARCH).then().statusCode(200);
    }

    @Test
    void aSearchPastItsStatementTimeoutAnswers503NotA500() throws SQLException {
        whilePostsAreLocked(() -> given().when().get(SEARCH).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("2"))
                .body("code", equalTo("query-timeout")));
        given().when().get(SEARCH).then().statusCode(200);
    }

    /** Runs the request while a lock held here makes every read of posts wait (until its statement timeout). */
    private void whilePostsAreLocked(Runnable request) throws SQLException {
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("LOCK TABLE posts IN ACCESS EXCLUSIVE MODE");
                request.run();
            } finally {
                locker.rollback();
                locker.setAutoCommit(true);
            }
        }
    }

    /** Takes connections until the pool has none left (its acquisition timeout ends the last attempt). */
    private void holdEveryConnection(List<Connection> held) {
        holdEveryConnection(dataSource, held);
    }

    private static void holdEveryConnection(DataSource pool, List<Connection> held) {
        while (held.size() < 100) {
            try {
                held.add(pool.getConnection());
            } catch (SQLException exhausted) {
                return;
            }
        }
        throw new IllegalStateException("The pool never ran dry");
    }
}
