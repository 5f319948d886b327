package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input a fuzzer found answered with 500: each is a 400 problem, and nothing changes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class HostileInputTest {

    private static final String POSTS = "/api/v1/posts";
    private static final String PROBLEM = "application/problem+json";
    private static final String NUL = "\u0000";

    private static String newPost(Tokens author) {
        return author.as().contentType(ContentType.JSON).body(Map.of("title", "Hostile input " + System.nanoTime()))
                .when().post(POSTS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aNulCharacterInAJsonTextFieldIsAFieldError() {
        Tokens author = Accounts.author();

        author.as().contentType(ContentType.JSON).body("{\"title\": \"a\\u0000b\"}").when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title")).body("errors[0].code", equalTo("invalid-character"));
        author.as().contentType(ContentType.JSON).body(Map.of("tags", List.of("tag" + NUL)))
                .when().put(POSTS + "/" + newPost(author) + "/tags")
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-character"));
        author.as().contentType(ContentType.JSON).body(Map.of("name", "me" + NUL)).when().patch("/api/v1/me")
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-character"));
    }

    @Test
    void aNulCharacterInAMergePatchOrAQueryParameterIsAFieldError() {
        Tokens author = Accounts.author();
        String id = newPost(author);

        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"title\": \"x\\u0000\"}").when().patch(POSTS + "/" + id)
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-character"));
        given().queryParam("q", NUL).when().get("/api/v1/public/posts/search")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("q")).body("errors[0].code", equalTo("invalid-character"));
        author.as().when().get(POSTS + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void aMergePatchNestedDeeperThanTheLimitIsMalformed() {
        Tokens author = Accounts.author();
        String id = newPost(author);
        String deep = "{\"title\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}";

        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(deep)
                .when().patch(POSTS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("malformed-json"));
    }

    @Test
    void removingAFieldTheRequestDoesNotKnowIsAnUnknownField() {
        Tokens author = Accounts.author();
        String id = newPost(author);

        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"authorId\": null}").when().patch(POSTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("authorId"))
                .body("errors[0].code", equalTo("unknown-field"));
        author.as().when().get(POSTS + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void mergingATagIntoNothingIsAFieldError() {
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String tag = editor.as().contentType(ContentType.JSON)
                .body(Map.of("tags", List.of("merge " + System.nanoTime())))
                .when().put(POSTS + "/" + newPost(editor) + "/tags").then().statusCode(200).extract().path("[0].id");

        editor.as().contentType(ContentType.JSON).body("{\"into\": null}")
                .when().post("/api/v1/tags/" + tag + "/merge")
                .then().statusCode(400).body("errors[0].field", equalTo("into"));
    }

    @Test
    void aTruncatedMultipartBodyIsABadRequest() {
        Tokens author = Accounts.author();
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG";

        author.as().contentType("multipart/form-data; boundary=xyz")
                .body(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).when().post("/api/v1/media")
                .then().statusCode(400).contentType(PROBLEM);
        author.as().multiPart("file", "a.png", new byte[] {1, 2, 3}).multiPart("altText", "alt" + NUL)
                .when().post("/api/v1/media")
                .then().statusCode(400).body("errors[0].field", equalTo("altText"));
    }
}
