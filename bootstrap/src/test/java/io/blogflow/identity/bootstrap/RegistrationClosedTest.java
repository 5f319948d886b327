package io.blogflow.identity.bootstrap;

import static org.hamcrest.Matchers.equalTo;

import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default registration mode: closed. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RegistrationClosedTest {

    @Test
    void nobodyRegistersThemselvesWhileRegistrationIsClosed() {
        Accounts.fromSomewhere().contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "email", "reader@example.com", "password", Accounts.PASSWORD))
                .when().post("/api/v1/auth/register").then().statusCode(403)
                .body("code", equalTo("registration.closed"));
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", "nobody@example.com"))
                .when().post("/api/v1/auth/password-reset").then().statusCode(202)
                .body("status", equalTo("accepted"));
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("token", "made-up"))
                .when().post("/api/v1/auth/verify-email").then().statusCode(400)
                .body("code", equalTo("account-token.invalid"));
    }
}
