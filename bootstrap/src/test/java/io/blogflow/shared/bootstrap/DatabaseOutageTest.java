package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really stops (a fast shutdown ends every connection, then connections are refused) and starts again:
 * every request in the gap, read or write, anonymous, by session or by API token, answers 503 problem+json with
 * Retry-After, never 500; what was committed before is all there afterwards; and once the server is back, requests
 * succeed again without restarting the application.
 */
@QuarkusTest
@WithTestResource(StoppableDatabase.class)
class DatabaseOutageTest {

    private static final String POSTS = "/api/v1/posts";

    @Test
    void anOutageAnswers503WithRetryAfterLosesNothingAndEndsWithTheRestart() {
        Tokens author = Accounts.author();
        String apiToken = author.as().contentType(ContentType.JSON)
                .body(Map.of("name", "outage", "scopes", List.of("posts:read", "posts:write")))
                .when().post("/api/v1/me/api-tokens").then().statusCode(201).extract().path("token");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(create(author.as(), "Before the outage " + i));
        }
        String slug = publish(author, written.get(0));

        StoppableDatabase.stopServer();
        try {
            Map<String, Supplier<ExtractableResponse<Response>>> duringTheGap = Map.of(
                    "public read by slug", () -> given().when().get("/api/v1/public/posts/by-slug/" + slug)
                            .then().extract(),
                    "public list", () -> given().when().get("/api/v1/public/posts?size=3").then().extract(),
                    "read by session", () -> author.as().when().get(written.get(1)).then().extract(),
                    "write by session", () -> author.as().contentType(ContentType.JSON)
                            .body(Map.of("title", "During the outage")).when().post(POSTS).then().extract(),
                    "write by API token", () -> given().auth().oauth2(apiToken).contentType(ContentType.JSON)
                            .body(Map.of("title", "During the outage")).when().post(POSTS).then().extract(),
                    "read by API token", () -> given().auth().oauth2(apiToken).when().get(POSTS).then().extract(),
                    "log in", () -> Accounts.fromSomewhere().contentType(ContentType.JSON)
                            .body(Map.of("email", "nobody@example.com", "password", Accounts.PASSWORD))
                            .when().post("/api/v1/auth/login").then().extract());
            duringTheGap.forEach((what, request) -> {
                var answer = request.get();
                assertThat(answer.statusCode()).as(what + ": " + answer.asString()).isEqualTo(503);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                assertThat(answer.header("Retry-After")).as(what).matches("[1-9][0-9]*");
                assertThat(answer.<String>path("code")).as(what).startsWith("database-");
            });
        } finally {
            StoppableDatabase.startServer();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            int status = author.as().when().get(written.get(1)).then().extract().statusCode();
            assertThat(status).as("never 500 while the pool reconnects").isIn(200, 503);
            assertThat(status).isEqualTo(200);
        });
        for (String location : written) {
            author.as().when().get(location).then().statusCode(200);
        }
        given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                .body("title", equalTo("Before the outage 0"));
        create(given().auth().oauth2(apiToken), "After the outage");
        author.as().when().get(POSTS + "?size=50").then().statusCode(200).body("total", equalTo(6));
    }

    private static String create(RequestSpecification as, String title) {
        return as.contentType(ContentType.JSON).body(Map.of("title", title,
                "contentMarkdown", "Kept " + title, "metaDescription", "About " + title))
                .when().post(POSTS).then().statusCode(201).extract().header("Location");
    }

    private static String publish(Tokens author, String location) {
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        return author.as().when().get(location).then().statusCode(200).extract().path("slug");
    }
}
