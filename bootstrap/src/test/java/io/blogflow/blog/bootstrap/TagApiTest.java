package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TagApiTest {

    @Test
    void taggingCreatesTagsOnFirstUseMatchesNamesIgnoringCaseAndCountsUsage() {
        Tokens author = Accounts.author();
        String tag = "Kombucha " + UUID.randomUUID().toString().substring(0, 6);
        String first = post(author, "First");
        String second = post(author, "Second");

        setTags(author, first, List.of(tag, "  " + tag.toUpperCase() + " ")).statusCode(200)
                .body("name", equalTo(List.of(tag)));
        setTags(author, second, List.of(tag.toLowerCase())).statusCode(200).body("[0].usageCount", equalTo(2));
        setTags(author, first, List.of()).statusCode(200);

        author.as().when().get(second + "/tags").then().body("[0].usageCount", equalTo(1));
        setTags(author, first, List.of("x".repeat(51))).statusCode(400).body("errors[0].code", equalTo("tag.invalid"));
    }

    @Test
    void concurrentTaggingKeepsTheUsageCountExact() throws Exception {
        Tokens author = Accounts.author();
        String tag = "Concurrent " + UUID.randomUUID().toString().substring(0, 6);
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(post(author, "Concurrent " + i));
        }
        setTags(author, posts.get(0), List.of(tag)).statusCode(200);

        var pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> taggings = posts.stream()
                .<Callable<Integer>>map(p -> () -> setTags(author, p, List.of(tag)).extract().statusCode()).toList();
        for (var result : pool.invokeAll(taggings)) {
            assertThat(result.get()).isEqualTo(200);
        }
        pool.shutdown();

        author.as().when().get(posts.get(3) + "/tags").then().body("[0].usageCount", equalTo(8));
    }

    @Test
    void editorsMergeTagsAndAuthorsMayNot() {
        Tokens author = Accounts.author();
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String a = post(author, "A");
        String b = post(author, "B");
        String oldTag = setTags(author, a, List.of("js " + suffix)).extract().path("[0].id");
        setTags(author, b, List.of("js " + suffix, "javascript " + suffix));
        String newTag = author.as().when().get(b + "/tags").then().extract()
                .path("find { it.name == 'javascript " + suffix + "' }.id");

        author.as().contentType(ContentType.JSON).body(Map.of("into", newTag))
                .when().post("/api/v1/tags/" + oldTag + "/merge").then().statusCode(403);
        editor.as().contentType(ContentType.JSON).body(Map.of("into", newTag))
                .when().post("/api/v1/tags/" + oldTag + "/merge")
                .then().statusCode(200).body("usageCount", equalTo(2));

        author.as().when().get(a + "/tags").then().body("name", equalTo(List.of("javascript " + suffix)));
        editor.as().when().delete("/api/v1/tags/" + oldTag).then().statusCode(404);
        editor.as().when().delete("/api/v1/tags/" + newTag).then().statusCode(204);
        author.as().when().get(b + "/tags").then().body("$", org.hamcrest.Matchers.hasSize(0));
        given().when().get("/api/v1/public/tags").then().statusCode(200);
    }

    private static String post(Tokens author, String title) {
        return author.as().contentType(ContentType.JSON).body(Map.of("title", title))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
    }

    private static io.restassured.response.ValidatableResponse setTags(Tokens who, String post, List<String> tags) {
        return who.as().contentType(ContentType.JSON).body(Map.of("tags", tags)).when().put(post + "/tags").then();
    }
}
