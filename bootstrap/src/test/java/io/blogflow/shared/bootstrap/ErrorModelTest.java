package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** A body streamed in chunks (no Content-Length) is held to the same limit, while it streams. */
    @Test
    void aChunkedBodyOverTheLimitIs413AndOneWithinItIsRead() throws Exception {
        String token = Accounts.author().accessToken();
        HttpResponse<String> tooLarge = postChunked(token, "{\"title\": \"" + "x".repeat(3_000_000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(tooLarge.body()).contains("\"code\":\"payload-too-large\"").contains("\"instance\":\"" + POSTS);

        HttpResponse<String> fits = postChunked(token, "{\"title\": \"Streamed " + "y".repeat(100) + "\"}");
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
        assertThat(fits.body()).contains("Streamed yyy");
    }

    private static HttpResponse<String> postChunked(String token, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + POSTS))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                // an input stream of unknown length: the client sends it chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesARequestIdGeneratedWhenAbsent() {
        given().when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id\nwith newline").when().get(POSTS)
                .then().header("X-Request-Id", not(containsString("bad id")));
    }
}
