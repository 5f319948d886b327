package io.blogflow.identity.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test profile allows 200 authenticated calls per principal and 20 credential attempts per address a minute. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RateLimitTest {

    @Test
    void authenticatedCallsCarryRateLimitHeadersAndTheCallOverTheLimitIs429() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), Accounts.PASSWORD);
        tokens.as().when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Limit", "200")
                .header("RateLimit-Remaining", "199")
                .header("RateLimit-Reset", notNullValue());
        // The bucket refills continuously (200 a minute), so a few more than 200 calls pass while the loop runs.
        int calls = 1;
        while (tokens.as().when().get("/api/v1/me").statusCode() == 200 && calls < 2000) {
            calls++;
        }

        assertThat(calls).isBetween(200, 1999);
        tokens.as().when().get("/api/v1/me")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("code", equalTo("too-many-requests"));
    }

    @Test
    void credentialAttemptsAreThrottledPerClientAddressBeforeAnyPasswordIsChecked() {
        // The bucket refills continuously (20 a minute), so on a slow machine a few more than 20 may pass.
        int attempts = 0;
        while (loginFrom("192.0.2.77").extract().statusCode() == 401 && attempts < 60) {
            attempts++;
        }

        assertThat(attempts).isBetween(20, 59);
        loginFrom("192.0.2.77").statusCode(429).header("Retry-After", notNullValue());
        loginFrom("192.0.2.78").statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse loginFrom(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("email", "nobody@example.com", "password", "whatever it is"))
                .when().post("/api/v1/auth/login").then();
    }
}
