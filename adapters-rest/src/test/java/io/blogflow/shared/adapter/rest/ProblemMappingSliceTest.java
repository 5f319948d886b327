package io.blogflow.shared.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.identity.domain.IdentityErrors;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.RateLimitedException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * ProblemMappers, the one mapping from failures to RFC 9457 problems: every kind of refusal a use case throws, what
 * the framework refuses before a resource runs, and the unexpected. The post endpoints stand in for every resource.
 */
@QuarkusTest
@TestSecurity(user = "00000000-0000-4000-8000-0000000000a1", roles = "AUTHOR",
        permissions = {"posts:read", "posts:write"})
class ProblemMappingSliceTest {

    private static final String POST = "/api/v1/posts/" + UUID.randomUUID();

    @InjectMock
    GetPostUseCase getPost;

    @InjectMock
    CreatePostUseCase createPost;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new InvalidValueException("slug.invalid", "slug is not a slug."), 400, "slug.invalid"),
                Arguments.of(new IdentityErrors.InvalidCredentials(), 401, "invalid-credentials"),
                Arguments.of(new NotAllowedException("Not yours."), 403, "not-allowed"),
                Arguments.of(new PostNotFoundException("x"), 404, "post-not-found"),
                Arguments.of(new ConflictException("category.name-taken", "Taken."), 409, "category.name-taken"),
                Arguments.of(new StaleVersionException("post"), 412, "stale-version"),
                Arguments.of(new MediaErrors.TooLarge(10, 5), 413, "media.too-large"),
                Arguments.of(new MediaErrors.UnsupportedType("Not an image."), 415, "media.unsupported-type"),
                Arguments.of(new RateLimitedException(7), 429, "too-many-requests"));
    }

    @ParameterizedTest(name = "{2} is {1}")
    @MethodSource("refusals")
    void eachKindOfRefusalIsAProblemWithItsStatusTypeAndCode(DomainException refusal, int status, String code) {
        when(getPost.get(any(), any())).thenThrow(refusal);

        problem(given().when().get(POST).then(), status, code)
                .body("title", notNullValue())
                .body("detail", equalTo(refusal.getMessage()));
    }

    @Test
    void anUnauthenticatedRefusalChallengesForABearerToken() {
        when(getPost.get(any(), any())).thenThrow(new IdentityErrors.InvalidCredentials());

        given().when().get(POST).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aRateLimitRefusalSaysWhenToRetry() {
        when(getPost.get(any(), any())).thenThrow(new RateLimitedException(7));

        given().when().get(POST).then().statusCode(429).header("Retry-After", "7");
    }

    @Test
    void aStaleVersionNamesTheCurrentOneWhenKnown() {
        when(getPost.get(any(), any())).thenThrow(new StaleVersionException("post", 7));

        problem(given().when().get(POST).then(), 412, "stale-version").body("currentVersion", equalTo(7));
    }

    @Test
    void invalidFieldsAreListedEachWithItsCode() {
        when(createPost.create(any())).thenThrow(new ValidationException(List.of(
                new FieldError("title", "title.required", "title is required."),
                new FieldError("slug", "slug.invalid", "slug is not a slug."))));

        problem(given().contentType(ContentType.JSON).body("{\"title\": \"\"}").when().post("/api/v1/posts").then(),
                400, "validation-failed")
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("title")).body("errors[0].code", equalTo("title.required"))
                .body("errors[1].field", equalTo("slug")).body("errors[1].code", equalTo("slug.invalid"));
    }

    @Test
    void malformedJsonIsRefusedWithoutEchoingTheBody() {
        problem(given().contentType(ContentType.JSON).body("{\"title\": \"secret").when().post("/api/v1/posts")
                .then(), 400, "malformed-json")
                .body("detail", not(containsString("secret")));
        verifyNoInteractions(createPost);
    }

    @Test
    void anUnknownFieldAndAValueOfTheWrongTypeAreFieldErrors() {
        problem(given().contentType(ContentType.JSON).body("{\"title\": \"T\", \"status\": \"published\"}")
                .when().post("/api/v1/posts").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("status")).body("errors[0].code", equalTo("unknown-field"));
        problem(given().contentType(ContentType.JSON).body("{\"title\": [1]}").when().post("/api/v1/posts").then(),
                400, "validation-failed")
                .body("errors[0].field", equalTo("title")).body("errors[0].code", equalTo("invalid-type"));
        problem(given().contentType(ContentType.JSON).body("[]").when().post("/api/v1/posts").then(), 400,
                "malformed-json");
        verifyNoInteractions(createPost);
    }

    @Test
    void anUnexpectedFailureIsA500ThatRevealsNothingButTheRequestId() {
        when(getPost.get(any(), any())).thenThrow(new IllegalStateException("connection string with a password"));

        problem(given().header("X-Request-Id", "slice-req-1").when().get(POST).then(), 500, "internal-error")
                .body("detail", not(containsString("password")))
                .body("requestId", equalTo("slice-req-1"))
                .header("X-Request-Id", "slice-req-1");
    }

    @Test
    void whatTheFrameworkRefusesIsAProblemToo() {
        problem(given().when().get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("detail", equalTo("No resource at /api/v1/no-such-thing."));
        problem(given().when().put("/api/v1/posts").then(), 405, "method-not-allowed")
                .header("Allow", "GET, POST, HEAD, OPTIONS");
        problem(given().contentType(ContentType.TEXT).body("title").when().post("/api/v1/posts").then(), 415,
                "unsupported-media-type");
        verifyNoInteractions(createPost);
    }

    @Test
    void aProblemNamesThePathItOccurredOnAndCarriesNoStackTrace() {
        when(getPost.get(any(), any())).thenThrow(new PostNotFoundException("x"));

        problem(given().when().get(POST).then(), 404, "post-not-found")
                .body("instance", equalTo(POST))
                .body("trace", nullValue()).body("stackTrace", nullValue());
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://blogflow.io/problems/" + code));
    }
}
