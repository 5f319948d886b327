package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OperationalSurfaceTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void metricsAreExposedInPrometheusFormat() {
        given().when().get("/api/v1/posts").then().statusCode(401);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_active_count"))
                .body(containsString("hibernate_sessions_open_total"));
    }

    /**
     * A refusal by authentication still names its URI template in the HTTP metrics, not the raw path, and so does an
     * answered request.
     */
    @Test
    void httpMetricsNameUriTemplatesForAnsweredAndRefusedRequests() {
        String id = java.util.UUID.randomUUID().toString();
        given().when().get("/api/v1/posts/" + id).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/posts/" + id).then()
                .statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/public/posts/by-slug/no-such-" + id).then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"[^}]*uri=\"/api/v1/posts/\\{id}\"")
                .doesNotContain(id);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
