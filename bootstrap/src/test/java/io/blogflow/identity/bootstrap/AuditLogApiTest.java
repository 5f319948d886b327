package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AuditLogApiTest {

    private static final String AUDIT = "/api/v1/admin/audit-log";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRoleChangeIsAuditedWithActorBeforeAfterAndRequestOrigin() {
        Tokens admin = Accounts.admin();
        String adminId = admin.as().when().get("/api/v1/me").then().extract().path("id");
        Tokens user = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        String userId = user.as().when().get("/api/v1/me").then().extract().path("id");

        admin.as().header("X-Request-Id", "audit-me-1").header("User-Agent", "audit-test")
                .contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .when().put("/api/v1/admin/users/" + userId + "/role").then().statusCode(200);

        admin.as().queryParam("action", "user.role-changed").queryParam("targetId", userId)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(adminId))
                .body("items[0].targetType", equalTo("user"))
                .body("items[0].before.role", equalTo("AUTHOR"))
                .body("items[0].after.role", equalTo("EDITOR"))
                .body("items[0].requestId", equalTo("audit-me-1"))
                .body("items[0].userAgent", equalTo("audit-test"))
                .body("items[0].ip", equalTo("127.0.0.1"));
    }

    @Test
    void loginsAreAuditedAndNoSecretEverReachesTheLog() {
        String email = Accounts.newUser("author");
        Tokens user = Accounts.logIn(email, PASSWORD);
        String userId = user.as().when().get("/api/v1/me").then().extract().path("id");
        Accounts.fromSomewhere().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "wrong secret 123"))
                .when().post("/api/v1/auth/login").then().statusCode(401);
        Tokens admin = Accounts.admin();

        admin.as().queryParam("targetId", userId).queryParam("action", "auth.login.failed").when().get(AUDIT)
                .then().statusCode(200).body("items[0].after.reason", equalTo("wrong-password"));
        admin.as().queryParam("actorId", userId).queryParam("action", "auth.login.succeeded").when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(1));
        String everything = admin.as().queryParam("size", 100).when().get(AUDIT).then().extract().asString();
        assertThat(everything).doesNotContain(PASSWORD, "wrong secret 123", user.accessToken(), user.refreshToken(),
                "$argon2id");
    }

    @Test
    void aFailedChangeLeavesNoAuditEntry() {
        Tokens author = Accounts.author();
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Audited draft"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        String postId = location.substring(location.lastIndexOf('/') + 1);

        author.as().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("title", "Stale"))
                .when().put(location).then().statusCode(412);

        Accounts.admin().as().queryParam("targetType", "post").queryParam("targetId", postId).when().get(AUDIT)
                .then().statusCode(200).body("items.action", equalTo(java.util.List.of("post.created")));
    }

    @Test
    void onlyAdminsReadTheLogAndFiltersAreValidated() {
        Accounts.author().as().when().get(AUDIT).then().statusCode(403);
        Accounts.admin().as().queryParam("from", "yesterday").queryParam("actorId", "nobody").when().get(AUDIT)
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("actorId", "from")));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws Exception {
        Accounts.author();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_log SET action = 'forged'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
                    .hasMessageContaining("append-only");
        }
    }
}
