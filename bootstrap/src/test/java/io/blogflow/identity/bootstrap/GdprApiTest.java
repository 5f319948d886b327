package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class GdprApiTest {

    @jakarta.inject.Inject
    io.blogflow.shared.application.port.out.Notices notices;

    @jakarta.inject.Inject
    io.blogflow.shared.application.port.out.Transactions transactions;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void myNotificationsAndAccountTokensAreExportedWithoutSecretsAndErasedWithMe() throws Exception {
        String email = Accounts.newUser("author");
        Tokens me = Accounts.logIn(email, PASSWORD);
        String id = me.as().when().get("/api/v1/me").then().extract().path("id");
        String newEmail = "moved-" + java.util.UUID.randomUUID() + "@example.com";
        me.as().contentType(ContentType.JSON).body(Map.of("newEmail", newEmail, "currentPassword", PASSWORD))
                .when().post("/api/v1/me/email").then().statusCode(202);
        transactions.inTransaction(() -> {
            notices.send(io.blogflow.shared.domain.notice.Notice.of(
                    io.blogflow.blog.application.service.PostNotices.APPROVED,
                    io.blogflow.shared.domain.notice.Audience.person(new io.blogflow.shared.domain.UserId(
                            java.util.UUID.fromString(id))), null, "“On tea” was approved", "It can be published.",
                    "/api/v1/posts/x", Map.of("postId", "x")));
            return null;
        });

        var export = me.as().when().get("/api/v1/me/export").then().statusCode(200)
                .body("notifications", hasSize(1))
                .body("notifications[0].type", equalTo("post.approved"))
                .body("notifications[0].title", equalTo("“On tea” was approved"))
                .body("notifications[0].data.postId", equalTo("x"))
                .body("account.accountTokens", hasSize(1))
                .body("account.accountTokens[0].purpose", equalTo("change-email"))
                .body("account.accountTokens[0].email", equalTo(newEmail))
                .extract().asString();
        String hash = rowValue("SELECT token_hash FROM account_tokens WHERE user_id = ?::uuid", id);
        assertThat(export).doesNotContain(hash);

        me.as().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .when().delete("/api/v1/me").then().statusCode(204);

        assertThat(rowValue("SELECT count(*) FROM notifications WHERE recipient_id = ?::uuid", id)).isEqualTo("0");
        assertThat(rowValue("SELECT count(*) FROM account_tokens WHERE user_id = ?::uuid", id)).isEqualTo("0");
    }

    private String rowValue(String sql, String parameter) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void theExportHoldsEverythingStoredAboutMeButNoSecret() {
        String email = Accounts.newUser("author");
        Tokens me = Accounts.logIn(email, PASSWORD);
        me.as().contentType(ContentType.JSON).body(Map.of("profile", Map.of("bio", "Writes about tea.")))
                .when().patch("/api/v1/me").then().statusCode(200);
        me.as().contentType(ContentType.JSON).body(Map.of("title", "On tea"))
                .when().post("/api/v1/posts").then().statusCode(201);
        String apiToken = me.as().contentType(ContentType.JSON)
                .body(Map.of("name", "export test", "scopes", List.of("posts:read")))
                .when().post("/api/v1/me/api-tokens").then().statusCode(201).extract().path("token");

        var export = me.as().when().get("/api/v1/me/export")
                .then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("account.email", equalTo(email))
                .body("account.profile.bio", equalTo("Writes about tea."))
                .body("account.sessions", not(empty()))
                .body("account.apiTokens[0].name", equalTo("export test"))
                .body("posts", hasSize(1))
                .body("posts[0].title", equalTo("On tea"))
                .extract().asString();

        assertThat(export).doesNotContain(apiToken, me.accessToken(), me.refreshToken(), PASSWORD, "argon2");
    }

    @Test
    void erasingMyAccountNeedsMyPasswordAnonymisesMeAndEndsEveryCredential() {
        String email = Accounts.newUser("author");
        Tokens me = Accounts.logIn(email, PASSWORD);
        String id = me.as().when().get("/api/v1/me").then().extract().path("id");
        String post = me.as().contentType(ContentType.JSON).body(Map.of("title", "Left behind"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        String apiToken = me.as().contentType(ContentType.JSON)
                .body(Map.of("name", "bot", "scopes", List.of("posts:read")))
                .when().post("/api/v1/me/api-tokens").then().extract().path("token");

        me.as().contentType(ContentType.JSON).body(Map.of("password", "not my password"))
                .when().delete("/api/v1/me").then().statusCode(400);
        me.as().when().get("/api/v1/me").then().statusCode(200);

        me.as().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .when().delete("/api/v1/me").then().statusCode(204);

        me.as().when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(apiToken).when().get("/api/v1/posts").then().statusCode(401);
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/login").then().statusCode(401);
        given().when().get("/api/v1/public/authors/" + id).then().statusCode(404);
        Tokens admin = Accounts.admin();
        admin.as().when().get("/api/v1/admin/users/" + id).then().statusCode(200)
                .body("name", equalTo("Deleted user"))
                .body("email", org.hamcrest.Matchers.endsWith("@erased.invalid"))
                .body("active", equalTo(false));
        admin.as().when().get(post).then().statusCode(200).body("authorId", equalTo(id));
        admin.as().queryParam("action", "user.erased").queryParam("targetId", id).when().get("/api/v1/admin/audit-log")
                .then().body("items[0].actorId", equalTo(id));
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("name", "New", "email", email, "password", PASSWORD, "role", "author"))
                .when().post("/api/v1/admin/users").then().statusCode(201);
    }

    @Test
    void adminsEraseOthersButNeverTheLastAdmin() {
        Tokens admin = Accounts.theOnlyActiveAdmin();
        Tokens user = Accounts.logIn(Accounts.newUser("editor"), PASSWORD);
        String id = user.as().when().get("/api/v1/me").then().extract().path("id");
        String adminId = admin.as().when().get("/api/v1/me").then().extract().path("id");

        admin.as().when().post("/api/v1/admin/users/" + id + "/erase").then().statusCode(204);
        admin.as().when().post("/api/v1/admin/users/" + id + "/erase").then().statusCode(404);
        user.as().when().get("/api/v1/me").then().statusCode(401);
        admin.as().when().post("/api/v1/admin/users/" + adminId + "/erase").then().statusCode(409)
                .body("code", equalTo("last-admin"));
    }
}
