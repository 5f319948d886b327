package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ErrorModelTest {

    private static final String POSTS = "/api/v1/posts";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400MalformedJson() {
        Accounts.author().as().contentType(ContentType.JSON).body("{\"title\": \"oops\",")
                .when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("malformed-json"))
                .body("type", equalTo("https://blogflow.io/problems/malformed-json"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", equalTo(POSTS));
    }

    @Test
    void jsonOfTheWrongShapeIs400() {
        Accounts.author().as().contentType(ContentType.JSON).body("[1, 2]").when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("malformed-json"));
        Accounts.author().as().contentType(ContentType.JSON).body("{\"title\": {\"nested\": true}}").when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title")).body("errors[0].code", equalTo("invalid-type"));
    }

    @Test
    void aWrongMediaTypeIs415() {
        Accounts.author().as().contentType(ContentType.XML).body("<post/>")
                .when().post(POSTS)
                .then().statusCode(415).contentType(PROBLEM).body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void aBodyOverTheConfiguredLimitIs413() {
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";

        Accounts.author().as().contentType(ContentType.JSON).body(huge)
                .when().post(POSTS)
                .then().statusCode(413).contentType(PROBLEM).body("code", equalTo("payload-too-large"));
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("not-found"));
        Accounts.author().as().when().patch(POSTS)
                .then().statusCode(405).contentType(PROBLEM).body("code", equalTo("method-not-allowed"));
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternalDetailsButWithTheRequestId() {
        given().header("X-Request-Id", "trace-me-123")
                .when().get("/test-only/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", "trace-me-123")
                .body("code", equalTo("internal-error"))
                .body("requestId", equalTo("trace-me-123"))
                .body(not(containsString("Secret")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void everyResponseCarriesARequestIdGeneratedWhenAbsent() {
        given().when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id\nwith newline").when().get(POSTS)
                .then().header("X-Request-Id", not(containsString("bad id")));
    }
}
