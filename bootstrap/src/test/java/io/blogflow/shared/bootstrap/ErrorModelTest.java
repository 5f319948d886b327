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

/**
 * The error model as the assembled application configures it: the body limit and request ids. How each failure maps
 * to a problem is the REST slice's (adapters-rest, ProblemMappingSliceTest).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ErrorModelTest {

    private static final String POSTS = "/api/v1/posts";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBodyOverTheConfiguredLimitIs413() {
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";

        Accounts.author().as().contentType(ContentType.JSON).body(huge)
                .when().post(POSTS)
                .then().statusCode(413).contentType(PROBLEM).body("code", equalTo("payload-too-large"));
    }

    @Test
    void everyResponseCarriesARequestIdGeneratedWhenAbsent() {
        given().when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id\nwith newline").when().get(POSTS)
                .then().header("X-Request-Id", not(containsString("bad id")));
    }
}
