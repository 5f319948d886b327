package io.blogflow.identity.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test profile allows 200 authenticated calls per principal and 20 credential attempts per address a minute.
 * Buckets refill by the application clock, which these tests hold still once the caller is set up: the counts are
 * then exact, however long the calls take.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RateLimitTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void letTheClockRun() {
        clock.reset();
    }

    @Test
    void authenticatedCallsCarryRateLimitHeadersAndTheCallOverTheLimitIs429() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), Accounts.PASSWORD);
        clock.freeze();
        tokens.as().when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Limit", "200")
                .header("RateLimit-Remaining", "199")
                .header("RateLimit-Reset", notNullValue());
        int calls = 1;
        while (tokens.as().when().get("/api/v1/me").statusCode() == 200 && calls < 1000) {
            calls++;
        }

        assertThat(calls).as("exactly the capacity passes while no time passes").isEqualTo(200);
        tokens.as().when().get("/api/v1/me")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("code", equalTo("too-many-requests"));

        clock.advance(Duration.ofSeconds(3));
        tokens.as().when().get("/api/v1/me").then().statusCode(200).header("RateLimit-Remaining", "9");
    }

    @Test
    void credentialAttemptsAreThrottledPerClientAddressBeforeAnyPasswordIsChecked() {
        clock.freeze();
        int attempts = 0;
        while (loginFrom("192.0.2.77").extract().statusCode() == 401 && attempts < 100) {
            attempts++;
        }

        assertThat(attempts).as("exactly the capacity is tried while no time passes").isEqualTo(20);
        loginFrom("192.0.2.77").statusCode(429).header("Retry-After", "3");
        loginFrom("192.0.2.78").statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse loginFrom(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("email", "nobody@example.com", "password", "whatever it is"))
                .when().post("/api/v1/auth/login").then();
    }
}
