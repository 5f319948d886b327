package io.blogflow.identity.bootstrap;

import static io.blogflow.shared.bootstrap.GreenMailTestResource.awaitMail;
import static io.blogflow.shared.bootstrap.GreenMailTestResource.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.GreenMailTestResource;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AccountSelfServiceApiTest.OpenRegistration.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class AccountSelfServiceApiTest {

    public static class OpenRegistration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blogflow.auth.registration-mode", "open");
        }
    }

    private static final Pattern CODE = Pattern.compile("Code for the app: ([A-Za-z0-9_-]+)");

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void anOpenRegistrationIsAnInactiveContributorUntilItsEmailIsVerified() {
        String email = unique("reader");
        register(email).statusCode(202).body("status", equalTo("verification-sent"));
        login(email, Accounts.PASSWORD).statusCode(401);

        String token = tokenIn(awaitMail(email, "Confirm your email address"));
        post("/api/v1/auth/verify-email", Map.of("token", token)).statusCode(204);
        post("/api/v1/auth/verify-email", Map.of("token", token)).statusCode(400)
                .body("code", equalTo("account-token.invalid"));

        var tokens = Accounts.logIn(email, Accounts.PASSWORD);
        tokens.as().when().get("/api/v1/me").then().statusCode(200).body("role", equalTo("contributor"));
        Accounts.admin().as().queryParam("action", "account.email-verified").when().get("/api/v1/admin/audit-log")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void registeringATakenAddressAnswersTheSameAndSendsNothing() {
        String taken = Accounts.newUser("author");
        register(taken).statusCode(202).body("status", equalTo("verification-sent"));
        register(unique("bad")).statusCode(202);
        given().body(Map.of("name", "X", "email", "not-an-email", "password", "short")).when()
                .post("/api/v1/auth/register").then().statusCode(400).body("errors.field",
                        org.hamcrest.Matchers.hasItems("email", "password"));
        assertThat(mailsTo(taken)).isEmpty();
    }

    @Test
    void aPasswordResetAnswersAlikeForEveryAddressWorksOnceAndEndsEverySession() {
        String email = Accounts.newUser("author");
        Accounts.Tokens before = Accounts.logIn(email, Accounts.PASSWORD);
        post("/api/v1/auth/password-reset", Map.of("email", unique("nobody"))).statusCode(202)
                .body("status", equalTo("accepted"));
        post("/api/v1/auth/password-reset", Map.of("email", email.toUpperCase())).statusCode(202)
                .body("status", equalTo("accepted"));

        String token = tokenIn(awaitMail(email, "Reset your password"));
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short")).statusCode(400);
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "a brand new passphrase"))
                .statusCode(204);
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "another new passphrase"))
                .statusCode(400).body("code", equalTo("account-token.invalid"));

        before.as().contentType(ContentType.JSON).body(Map.of("refreshToken", before.refreshToken()))
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
        login(email, Accounts.PASSWORD).statusCode(401);
        login(email, "a brand new passphrase").statusCode(200);
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutesAndRequestsPerAddressAreLimited() {
        String email = Accounts.newUser("author");
        post("/api/v1/auth/password-reset", Map.of("email", email)).statusCode(202);
        String token = tokenIn(awaitMail(email, "Reset your password"));
        clock.advance(Duration.ofMinutes(31));
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "a brand new passphrase"))
                .statusCode(400).body("code", equalTo("account-token.invalid"));

        // the 15-minute window has passed: the address has its three requests again, and no fourth
        for (int i = 0; i < 3; i++) {
            post("/api/v1/auth/password-reset", Map.of("email", email)).statusCode(202);
        }
        post("/api/v1/auth/password-reset", Map.of("email", email)).statusCode(429);
    }

    @Test
    void anInvitedPersonRegistersWithTheInvitedRoleAndIsActiveAtOnce() {
        String email = unique("grace");
        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("email", email, "role", "author"))
                .when().post("/api/v1/admin/invitations").then().statusCode(201)
                .body("email", equalTo(email)).body("role", equalTo("author"));
        Accounts.author().as().contentType(ContentType.JSON).body(Map.of("email", unique("x"), "role", "admin"))
                .when().post("/api/v1/admin/invitations").then().statusCode(403);
        String token = tokenIn(awaitMail(email, "You are invited to blogflow"));

        given().body(Map.of("name", "Grace", "email", unique("other"), "password", Accounts.PASSWORD,
                "invitationToken", token)).when().post("/api/v1/auth/register").then().statusCode(400);
        given().body(Map.of("name", "Grace", "email", email, "password", Accounts.PASSWORD,
                "invitationToken", token)).when().post("/api/v1/auth/register").then().statusCode(201)
                .body("role", equalTo("author")).body("active", equalTo(true));
        given().body(Map.of("name", "Grace", "email", email, "password", Accounts.PASSWORD,
                "invitationToken", token)).when().post("/api/v1/auth/register").then().statusCode(400);
        login(email, Accounts.PASSWORD).statusCode(200);
    }

    @Test
    void anEmailChangeTakesEffectOnlyOnceTheNewAddressConfirmsIt() {
        String email = Accounts.newUser("author");
        Accounts.Tokens me = Accounts.logIn(email, Accounts.PASSWORD);
        String newEmail = unique("moved");
        me.as().contentType(ContentType.JSON).body(Map.of("newEmail", newEmail, "currentPassword", "wrong one"))
                .when().post("/api/v1/me/email").then().statusCode(400);
        me.as().contentType(ContentType.JSON).body(Map.of("newEmail", newEmail, "currentPassword", Accounts.PASSWORD))
                .when().post("/api/v1/me/email").then().statusCode(202);
        me.as().when().get("/api/v1/me").then().statusCode(200).body("email", equalTo(email));

        post("/api/v1/auth/verify-email", Map.of("token", tokenIn(awaitMail(newEmail,
                "Confirm your new email address")))).statusCode(204);
        me.as().when().get("/api/v1/me").then().statusCode(200).body("email", equalTo(newEmail));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return Accounts.fromSomewhere().contentType(ContentType.JSON);
    }

    private static io.restassured.response.ValidatableResponse register(String email) {
        return given().body(Map.of("name", "Reader", "email", email, "password", Accounts.PASSWORD))
                .when().post("/api/v1/auth/register").then();
    }

    private static io.restassured.response.ValidatableResponse post(String path, Map<String, String> body) {
        return given().body(body).when().post(path).then();
    }

    private static io.restassured.response.ValidatableResponse login(String email, String password) {
        return given().body(Map.of("email", email, "password", password)).when().post("/api/v1/auth/login").then();
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String tokenIn(MimeMessage message) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    Matcher code = CODE.matcher(part.getContent().toString());
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            throw new AssertionError("No token in the text part");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
