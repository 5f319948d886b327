package io.blogflow.identity.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Test helpers: log in, create users through the admin API, call as someone. */
public final class Accounts {

    public static final String ADMIN_EMAIL = "admin@test.blogflow";
    public static final String ADMIN_PASSWORD = "test admin password 1";
    public static final String PASSWORD = "a decent passphrase";

    private Accounts() {
    }

    public record Tokens(String accessToken, String refreshToken) {

        public RequestSpecification as() {
            return given().auth().oauth2(accessToken);
        }
    }

    /**
     * A request from a client address of its own (X-Forwarded-For is trusted in tests), so the per-address
     * credential throttle of one test does not spill into others.
     */
    public static RequestSpecification fromSomewhere() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return given().header("X-Forwarded-For",
                "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    public static Tokens logIn(String email, String password) {
        var response = fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200).extract();
        return new Tokens(response.path("accessToken"), response.path("refreshToken"));
    }

    public static Tokens admin() {
        return logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A fresh author, logged in. */
    public static Tokens author() {
        return logIn(newUser("author"), PASSWORD);
    }

    /** Creates a user with {@link #PASSWORD} and returns its (unique) email. */
    public static String newUser(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        admin().as().contentType(ContentType.JSON)
                .body(Map.of("name", "Test " + role, "email", email, "password", PASSWORD, "role", role))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201);
        return email;
    }

    /**
     * Tests of the last-admin rule need the test admin to be the only active admin, but the database is shared with
     * tests that create admins of their own: this deactivates every other active admin first.
     */
    public static Tokens theOnlyActiveAdmin() {
        Tokens admin = admin();
        String self = admin.as().when().get("/api/v1/me").then().statusCode(200).extract().path("id");
        for (int page = 1; ; page++) {
            var users = admin.as().queryParam("page", page).queryParam("size", 100).when().get("/api/v1/admin/users")
                    .then().statusCode(200).extract().jsonPath();
            java.util.List<Map<String, Object>> items = users.getList("items");
            items.stream()
                    .filter(user -> "admin".equals(user.get("role")) && Boolean.TRUE.equals(user.get("active")))
                    .map(user -> (String) user.get("id"))
                    .filter(id -> !id.equals(self))
                    .forEach(id -> admin.as().when().post("/api/v1/admin/users/" + id + "/deactivate")
                            .then().statusCode(200));
            if ((long) page * users.getInt("size") >= users.getLong("total")) {
                return admin;
            }
        }
    }
}
