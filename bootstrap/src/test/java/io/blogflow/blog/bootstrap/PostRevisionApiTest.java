package io.blogflow.blog.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.blogflow.identity.bootstrap.Accounts;
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
class PostRevisionApiTest {

    @Test
    void everySaveIsARevisionThatCanBeComparedAndRestored() {
        Tokens author = Accounts.author();
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Tea", "contentMarkdown", "# Tea\nGreen\nBlack\n"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "Tea, revised", "contentMarkdown", "# Tea\nGreen\nOolong\n",
                        "reason", "Oolong is better"))
                .when().put(post).then().statusCode(200);

        author.as().when().get(post + "/revisions").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(2)).body("page", equalTo(1))
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items.reason", equalTo(List.of("Oolong is better", "Created")))
                .body("items[1].title", equalTo("Tea"));
        List<String> links = author.as().queryParam("size", 1).queryParam("page", 2).when().get(post + "/revisions")
                .then().statusCode(200).body("items.number", equalTo(List.of(1))).body("total", equalTo(2))
                .extract().headers().getValues("Link");
        org.assertj.core.api.Assertions.assertThat(links).anyMatch(link -> link.endsWith("rel=\"prev\""));
        author.as().queryParam("from", 1).queryParam("to", 2).when().get(post + "/revisions/diff")
                .then().statusCode(200)
                .body("unifiedDiff", equalTo("--- revision 1\n+++ revision 2\n@@ -1,3 +1,3 @@\n # Tea\n Green\n-Black\n"
                        + "+Oolong\n"));

        author.as().header("If-Match", "\"1\"").when().post(post + "/revisions/1/restore")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("Tea")).body("contentMarkdown", equalTo("# Tea\nGreen\nBlack\n"));
        author.as().when().get(post + "/revisions/3").then().statusCode(200)
                .body("reason", equalTo("Restored revision 1"));
    }

    @Test
    void revisionsFollowThePostsAccessRulesAndBadNumbersAreRefused() {
        Tokens author = Accounts.author();
        String post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Private history"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");

        Accounts.author().as().when().get(post + "/revisions").then().statusCode(404);
        author.as().when().get(post + "/revisions/7").then().statusCode(404).body("code", equalTo("revision-not-found"));
        author.as().when().get(post + "/revisions/x").then().statusCode(404);
        author.as().queryParam("from", "a").when().get(post + "/revisions/diff").then().statusCode(400)
                .body("errors.field", equalTo(List.of("from", "to")));
        author.as().header("If-Match", "\"5\"").when().post(post + "/revisions/1/restore").then().statusCode(412);
    }
}
