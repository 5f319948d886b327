package io.blogflow.identity.bootstrap;

import static io.blogflow.identity.bootstrap.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.blogflow.shared.bootstrap.CommandLine;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command an operator runs when an admin lost the password: the jar with {@code reset-admin-password <email>}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ResetAdminPasswordCommandTest {

    private static final Pattern NEW_PASSWORD = Pattern.compile("has the new password (\\S+) ");

    @Inject
    CommandLine commandLine;

    private record Run(int exitCode, String out, String err) {
    }


    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = commandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAdminWhoLostThePasswordGetsANewOneAndEveryOldSessionEnds() {
        String email = Accounts.newUser("admin");
        Accounts.Tokens oldSession = Accounts.logIn(email, PASSWORD);

        Run reset = run("reset-admin-password", email);

        assertThat(reset.exitCode()).isZero();
        Matcher printed = NEW_PASSWORD.matcher(reset.out());
        assertThat(printed.find()).as(reset.out()).isTrue();
        Accounts.logIn(email, printed.group(1)).as().when().get("/api/v1/me").then().statusCode(200);
        oldSession.as().when().get("/api/v1/me").then().statusCode(401);
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void theResetIsInTheAuditLogWithoutAnActor() {
        String email = Accounts.newUser("admin");
        String id = Accounts.logIn(email, PASSWORD).as().when().get("/api/v1/me").then().extract().path("id");

        assertThat(run("reset-admin-password", email).exitCode()).isZero();

        Accounts.admin().as().queryParam("action", "user.password-reset").queryParam("targetId", id)
                .when().get("/api/v1/admin/audit-log")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(null))
                .body("items[0].after.via", equalTo("command-line"));
    }

    @Test
    void anAccountThatIsNoAdminIsNotResetAndKeepsItsPassword() {
        String email = Accounts.newUser("editor");

        Run refused = run("reset-admin-password", email);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("No active admin account has the email");
        assertThat(refused.out()).isEmpty();
        Accounts.logIn(email, PASSWORD);
    }

    @Test
    void anUnknownCommandOrAMissingEmailIsAUsageErrorListingTheCommands() {
        Run unknown = run("drop-everything");
        Run missing = run("reset-admin-password");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("reset-admin-password <admin email>");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Usage: java -jar quarkus-run.jar reset-admin-password");
    }
}
