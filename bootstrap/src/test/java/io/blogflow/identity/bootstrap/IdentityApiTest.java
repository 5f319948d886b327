package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IdentityApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void loggingInReturnsAShortLivedAccessTokenAndARefreshTokenThatOpenMyAccount() {
        String email = Accounts.newUser("author");

        Accounts.fromSomewhere().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase(), "password", PASSWORD))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(600))
                .body("refreshToken", notNullValue());
        Accounts.logIn(email, PASSWORD).as().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("email", equalTo(email))
                .body("role", equalTo("author"))
                .body("lastLoginAt", notNullValue())
                .body("preferences.timezone", equalTo("UTC"))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        String email = Accounts.newUser("author");

        var unknown = login("nobody-" + email, PASSWORD).statusCode(401).contentType(PROBLEM).extract();
        var wrong = login(email, "not the password").statusCode(401).contentType(PROBLEM).extract();

        for (String field : new String[] {"type", "title", "status", "detail", "code"}) {
            assertThat(wrong.<Object>path(field)).as(field).isEqualTo(unknown.path(field));
        }
        assertThat(wrong.<String>path("code")).isEqualTo("invalid-credentials");
    }

    @Test
    void withoutATokenProtectedEndpointsAnswer401WithAChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        Tokens first = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        String second = refresh(first.refreshToken()).statusCode(200).extract().path("refreshToken");
        clock.advance(Duration.ofSeconds(60));

        assertThat(second).isNotEqualTo(first.refreshToken());
        refresh(first.refreshToken()).statusCode(401).body("code", equalTo("invalid-refresh-token"));
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeSession() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        var rotated = refresh(tokens.refreshToken()).statusCode(200).extract();
        clock.advance(Duration.ofSeconds(60));

        refresh(tokens.refreshToken()).statusCode(401);

        refresh(rotated.path("refreshToken")).statusCode(401);
        given().auth().oauth2(rotated.<String>path("accessToken")).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void twoConcurrentRefreshesOfOneTokenWithinTheGraceWindowBothSucceed() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        String a = refresh(tokens.refreshToken()).statusCode(200).extract().path("refreshToken");
        String b = refresh(tokens.refreshToken()).statusCode(200).extract().path("refreshToken");

        refresh(a).statusCode(200);
        refresh(b).statusCode(200);
    }

    @Test
    void afterLogoutNeitherTheAccessTokenNorTheRefreshTokenWorks() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        tokens.as().when().get("/api/v1/me").then().statusCode(200);

        tokens.as().when().post("/api/v1/auth/logout").then().statusCode(204);

        tokens.as().when().get("/api/v1/me").then().statusCode(401);
        refresh(tokens.refreshToken()).statusCode(401);
    }

    @Test
    void changingThePasswordRevokesMyOtherSessionsButNotThisOne() {
        String email = Accounts.newUser("author");
        Tokens here = Accounts.logIn(email, PASSWORD);
        Tokens elsewhere = Accounts.logIn(email, PASSWORD);

        here.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "an even better passphrase"))
                .when().put("/api/v1/me/password").then().statusCode(204);

        elsewhere.as().when().get("/api/v1/me").then().statusCode(401);
        here.as().when().get("/api/v1/me").then().statusCode(200);
        login(email, PASSWORD).statusCode(401);
        login(email, "an even better passphrase").statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        tokens.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong one!", "newPassword", "an even better passphrase"))
                .when().put("/api/v1/me/password").then().statusCode(400).body("code", equalTo("wrong-current-password"));
        tokens.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "password1234"))
                .when().put("/api/v1/me/password").then().statusCode(400)
                .body("errors[0].code", equalTo("password.common"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockExpires() {
        String email = Accounts.newUser("author");
        for (int i = 0; i < 5; i++) {
            login(email, "wrong password " + i).statusCode(401);
        }

        login(email, PASSWORD).statusCode(401).body("code", equalTo("invalid-credentials"));

        clock.advance(Duration.ofMinutes(16));
        login(email, PASSWORD).statusCode(200);
    }

    @Test
    void mySessionsCanBeListedAndRevokedButNotSomeoneElses() {
        String email = Accounts.newUser("author");
        Tokens here = Accounts.logIn(email, PASSWORD);
        Tokens other = Accounts.logIn(email, PASSWORD);
        Tokens stranger = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        String strangersSession = stranger.as().when().get("/api/v1/me/sessions").then().extract().path("[0].id");

        here.as().when().get("/api/v1/me/sessions").then().statusCode(200).body("$", hasSize(2));
        here.as().when().delete("/api/v1/me/sessions/" + strangersSession).then().statusCode(404);
        here.as().when().delete("/api/v1/me/sessions").then().statusCode(200).body("revoked", equalTo(1));

        other.as().when().get("/api/v1/me").then().statusCode(401);
        stranger.as().when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void iCanChangeMyNameProfileAndPreferencesButNotMyRoleOrStatus() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("contributor"), PASSWORD);

        tokens.as().contentType(ContentType.JSON)
                .body(Map.of("name", "Grace Hopper",
                        "profile", Map.of("bio", "Compilers.", "linkedinUrl", "https://www.linkedin.com/in/grace",
                                "expertiseTopics", java.util.List.of("cobol", "compilers")),
                        "preferences", Map.of("timezone", "Europe/London", "defaultPostingTime", "09:30",
                                "contentTone", "friendly", "notifyOnReview", true, "notifyOnPublish", false,
                                "notifyOnComment", true)))
                .when().patch("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("Grace Hopper"))
                .body("profile.expertiseTopics", equalTo(java.util.List.of("cobol", "compilers")))
                .body("preferences.defaultPostingTime", equalTo("09:30:00"));
        tokens.as().contentType(ContentType.JSON).body(Map.of("preferences", Map.of("notifyOnComment", false)))
                .when().patch("/api/v1/me").then().statusCode(200)
                .body("preferences.notifyOnComment", equalTo(false))
                .body("preferences.notifyOnReview", equalTo(true))
                .body("preferences.notifyOnPublish", equalTo(false))
                .body("preferences.timezone", equalTo("Europe/London"))
                .body("preferences.contentTone", equalTo("friendly"))
                .body("preferences.defaultPostingTime", equalTo("09:30:00"))
                .body("profile.bio", equalTo("Compilers."));
        tokens.as().contentType(ContentType.JSON).body(Map.of("preferences", Map.of("timezone", "Mars/Olympus")))
                .when().patch("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("preferences"));
        tokens.as().when().get("/api/v1/me").then().body("preferences.timezone", equalTo("Europe/London"));
        tokens.as().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .when().patch("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("role"));
        tokens.as().contentType(ContentType.JSON).body(Map.of("active", false, "name", "x"))
                .when().patch("/api/v1/me").then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));
        tokens.as().contentType(ContentType.JSON)
                .body(Map.of("profile", Map.of("avatarUrl", "javascript:alert(1)")))
                .when().patch("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("profile"));
        tokens.as().when().get("/api/v1/me").then().body("role", equalTo("contributor"));
    }

    @Test
    void anAuthorsPublicProfileShowsNoPrivateData() {
        String email = Accounts.newUser("author");
        String id = Accounts.logIn(email, PASSWORD).as().when().get("/api/v1/me").then().extract().path("id");

        given().when().get("/api/v1/public/authors/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Test author"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("role")));
        given().when().get("/api/v1/public/authors/not-an-id").then().statusCode(404);
    }

    private static ValidatableResponse login(String email, String password) {
        return Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/login").then();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .when().post("/api/v1/auth/refresh").then();
    }
}
