package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiTokenApiTest {

    private static final String TOKENS = "/api/v1/me/api-tokens";
    private static final String POSTS = "/api/v1/posts";

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aTokenIsShownOnceAndThenWorksWithinItsScopes() {
        Tokens author = Accounts.author();
        var created = create(author, "ci", List.of("posts:read", "posts:write"), null)
                .statusCode(201).body("token", startsWith("bf_")).body("prefix", startsWith("bf_")).extract();
        String token = created.path("token");

        author.as().when().get(TOKENS).then().statusCode(200)
                .body("[0].name", equalTo("ci")).body("[0].token", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "From a script"))
                .when().post(POSTS).then().statusCode(201);
        given().auth().oauth2(token).when().get(POSTS).then().statusCode(200).body("total", equalTo(1));
        author.as().when().get(TOKENS).then().body("[0].lastUsedAt", not(nullValue()));
    }

    @Test
    void aReadOnlyTokenCannotWrite() {
        String token = create(Accounts.author(), "reader", List.of("posts:read"), null).extract().path("token");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "Nope"))
                .when().post(POSTS).then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void aTokenCannotManageTheAccountOrUsers() {
        Tokens admin = Accounts.admin();
        String token = create(admin, "admin script", List.of("posts:read", "posts:manage-all"), null)
                .extract().path("token");

        given().auth().oauth2(token).when().get("/api/v1/admin/users").then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(403);
        given().auth().oauth2(token).when().get(TOKENS).then().statusCode(403);
    }

    @Test
    void scopesMustBeKnownAndWithinTheOwnersRole() {
        Tokens contributor = Accounts.logIn(Accounts.newUser("contributor"), PASSWORD);

        create(contributor, "too much", List.of("posts:manage-all"), null)
                .statusCode(400).body("errors[0].code", equalTo("scopes.beyond-role"));
        create(contributor, "unknown", List.of("users:manage"), null)
                .statusCode(400).body("errors[0].code", equalTo("scopes.invalid"));
        create(contributor, "", List.of(), Instant.now().minusSeconds(60))
                .statusCode(400).body("errors.field", equalTo(List.of("name", "scopes", "expiresAt")));
    }

    @Test
    void revokedAndExpiredTokensStopWorking() {
        Tokens author = Accounts.author();
        var revoked = create(author, "old", List.of("posts:read"), null).extract();
        String expiring = create(author, "short", List.of("posts:read"), Instant.now().plus(Duration.ofHours(1)))
                .extract().path("token");

        author.as().when().delete(TOKENS + "/" + revoked.path("id")).then().statusCode(204);
        given().auth().oauth2(revoked.<String>path("token")).when().get(POSTS).then().statusCode(401);
        given().auth().oauth2(expiring).when().get(POSTS).then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        given().auth().oauth2(expiring).when().get(POSTS).then().statusCode(401);
        given().auth().oauth2("bf_made-up").when().get(POSTS).then().statusCode(401);
    }

    @Test
    void aDeactivatedOwnersTokensStopWorking() {
        Tokens author = Accounts.author();
        String token = create(author, "ci", List.of("posts:read"), null).extract().path("token");
        given().auth().oauth2(token).when().get(POSTS).then().statusCode(200);
        String authorId = author.as().when().get("/api/v1/me").then().extract().path("id");

        Accounts.admin().as().when().post("/api/v1/admin/users/" + authorId + "/deactivate").then().statusCode(200);

        given().auth().oauth2(token).when().get(POSTS).then().statusCode(401);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        String id = create(Accounts.author(), "mine", List.of("posts:read"), null).extract().path("id");

        Accounts.author().as().when().delete(TOKENS + "/" + id).then().statusCode(404);
    }

    @Test
    void aTokenNeverOutgrowsItsOwnersCurrentRole() {
        String editorEmail = Accounts.newUser("editor");
        Tokens editor = Accounts.logIn(editorEmail, PASSWORD);
        String token = create(editor, "editorial", List.of("posts:read", "posts:manage-all"), null)
                .extract().path("token");
        Tokens author = Accounts.author();
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "An author's draft"))
                .when().post(POSTS).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(token).when().get(location).then().statusCode(200);
        String editorId = editor.as().when().get("/api/v1/me").then().extract().path("id");

        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("role", "contributor"))
                .when().put("/api/v1/admin/users/" + editorId + "/role").then().statusCode(200);

        given().auth().oauth2(token).when().get(location).then().statusCode(404);
    }

    private static ValidatableResponse create(Tokens owner, String name, List<String> scopes, Instant expiresAt) {
        var body = new HashMap<String, Object>(Map.of("name", name, "scopes", scopes));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return owner.as().contentType(ContentType.JSON).body(body).when().post(TOKENS).then();
    }
}
