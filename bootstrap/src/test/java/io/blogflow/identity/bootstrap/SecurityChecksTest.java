package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/**
 * OWASP ASVS 5 (tokens, sessions) and API Security Top 10 2023 checks: forged and altered tokens (API2), function-level
 * authorisation (API5), object-level authorisation (API1), mass assignment (API3).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityChecksTest {

    private static final String ME = "/api/v1/me";

    @Test
    void aCorrectlySignedTokenForALiveSessionIsAccepted() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        given().auth().oauth2(resign(tokens, claims -> { })).when().get(ME).then().statusCode(200);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        given().auth().oauth2(header + "." + payloadOf(tokens.accessToken()) + ".").when().get(ME)
                .then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() throws Exception {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        byte[] publicKey = getClass().getResourceAsStream("/test-jwt/public.pem").readAllBytes();
        var jws = new JsonWebSignature();
        jws.setPayload(new String(Base64.getUrlDecoder().decode(payloadOf(tokens.accessToken())),
                StandardCharsets.UTF_8));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(publicKey));

        given().auth().oauth2(jws.getCompactSerialization()).when().get(ME).then().statusCode(401);
    }

    @Test
    void aTokenWhosePayloadWasAlteredIsRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("contributor"), PASSWORD);
        String[] parts = tokens.accessToken().split("\\.");
        String escalated = base64Url(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CONTRIBUTOR\"", "\"ADMIN\""));

        given().auth().oauth2(parts[0] + "." + escalated + "." + parts[2]).when().get("/api/v1/admin/users")
                .then().statusCode(401);
    }

    @Test
    void tokensWithTheWrongIssuerOrAudienceAreRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        given().auth().oauth2(resign(tokens, claims -> claims.issuer("https://evil.example"))).when().get(ME)
                .then().statusCode(401);
        given().auth().oauth2(resign(tokens, claims -> claims.audience("another-api"))).when().get(ME)
                .then().statusCode(401);
    }

    @Test
    void expiredNotYetValidAndFutureIssuedTokensAreRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);
        Instant now = Instant.now();

        given().auth().oauth2(resign(tokens, claims -> claims.issuedAt(now.minusSeconds(3600))
                .expiresAt(now.minusSeconds(120)))).when().get(ME).then().statusCode(401);
        given().auth().oauth2(resign(tokens, claims -> claims.claim("nbf", now.plusSeconds(600).getEpochSecond())))
                .when().get(ME).then().statusCode(401);
        given().auth().oauth2(resign(tokens, claims -> claims.issuedAt(now.plusSeconds(3600))
                .expiresAt(now.plusSeconds(4200)))).when().get(ME).then().statusCode(401);
    }

    @Test
    void aValidlySignedTokenWithoutALiveSessionIsRefused() {
        Tokens tokens = Accounts.logIn(Accounts.newUser("author"), PASSWORD);

        given().auth().oauth2(resign(tokens, claims -> claims.claim("sid", java.util.UUID.randomUUID().toString())))
                .when().get(ME).then().statusCode(401);
        given().auth().oauth2(resign(tokens, claims -> claims.remove("sid"))).when().get(ME).then().statusCode(401);
    }

    @Test
    void nonAdminsCannotUseAdminFunctions() {
        for (String role : new String[] {"contributor", "author", "editor"}) {
            Tokens tokens = Accounts.logIn(Accounts.newUser(role), PASSWORD);
            tokens.as().when().get("/api/v1/admin/users").then().statusCode(403).body("code", equalTo("forbidden"));
            tokens.as().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                    .when().put("/api/v1/admin/users/" + idOf(tokens) + "/role").then().statusCode(403);
        }
        given().when().get("/api/v1/admin/users").then().statusCode(401);
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsSoTheNewRoleAppliesAtOnce() {
        String email = Accounts.newUser("author");
        Tokens user = Accounts.logIn(email, PASSWORD);

        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .when().put("/api/v1/admin/users/" + idOf(user) + "/role")
                .then().statusCode(200).body("role", equalTo("editor"));

        user.as().when().get(ME).then().statusCode(401);
        Accounts.logIn(email, PASSWORD).as().when().get(ME).then().body("role", equalTo("editor"));
    }

    @Test
    void deactivationRevokesEverySessionAndBlocksLoginUntilReactivated() {
        String email = Accounts.newUser("author");
        Tokens user = Accounts.logIn(email, PASSWORD);
        String id = idOf(user);
        Tokens admin = Accounts.admin();

        admin.as().when().post("/api/v1/admin/users/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));

        user.as().when().get(ME).then().statusCode(401);
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/login").then().statusCode(401);
        admin.as().when().post("/api/v1/admin/users/" + id + "/activate").then().statusCode(200);
        Accounts.logIn(email, PASSWORD);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() {
        Tokens admin = Accounts.theOnlyActiveAdmin();
        String id = idOf(admin);

        admin.as().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .when().put("/api/v1/admin/users/" + id + "/role").then().statusCode(409)
                .body("code", equalTo("last-admin"));
        admin.as().when().post("/api/v1/admin/users/" + id + "/deactivate").then().statusCode(409);
    }

    @Test
    void creatingUsersEnforcesThePasswordPolicyUniqueEmailsAndNoServerOwnedFields() {
        Tokens admin = Accounts.admin();
        String email = Accounts.newUser("author");

        create(admin, Map.of("name", "X", "email", email.toUpperCase(), "password", PASSWORD, "role", "author"))
                .statusCode(409).body("code", equalTo("email-taken"));
        create(admin, Map.of("name", "X", "email", "new-" + email, "password", "Baseball", "role", "author"))
                .statusCode(400).body("errors[0].code", equalTo("password.common"));
        create(admin, Map.of("name", "X", "email", "new-" + email, "password", "short", "role", "root"))
                .statusCode(400).body("errors.field", equalTo(java.util.List.of("password", "role")));
        create(admin, Map.of("name", "X", "email", "new-" + email, "password", PASSWORD, "role", "author",
                "isActive", false)).statusCode(400).body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void anUnknownUserIdIs404ForAdmins() {
        Accounts.admin().as().when().get("/api/v1/admin/users/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("user-not-found"));
    }

    private static io.restassured.response.ValidatableResponse create(Tokens admin, Map<String, Object> body) {
        return admin.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/users").then();
    }

    private static String idOf(Tokens tokens) {
        return tokens.as().when().get(ME).then().statusCode(200).extract().path("id");
    }

    /** The claims of a real token, changed by {@code change}, signed again with the real key. */
    private static String resign(Tokens tokens, java.util.function.Consumer<JwtClaimsBuilder> change) {
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(payloadOf(tokens.accessToken())),
                StandardCharsets.UTF_8));
        JwtClaimsBuilder builder = Jwt.issuer(claims.getString("iss"))
                .audience(Set.copyOf(audiences(claims)))
                .subject(claims.getString("sub"))
                .issuedAt(claims.getLong("iat"))
                .expiresAt(claims.getLong("exp"))
                .claim("sid", claims.getString("sid"))
                .groups(Set.copyOf(claims.getList("groups", String.class)));
        change.accept(builder);
        return builder.sign();
    }

    private static java.util.List<String> audiences(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof String single ? java.util.List.of(single) : claims.getList("aud", String.class);
    }

    private static String payloadOf(String jwt) {
        return jwt.split("\\.")[1];
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
