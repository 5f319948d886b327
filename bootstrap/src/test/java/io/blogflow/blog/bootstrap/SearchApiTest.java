package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
class SearchApiTest {

    private static final String SEARCH = "/api/v1/public/posts/search";

    @Test
    void publishedPostsAreFoundStemmedRankedTitleFirstWithHighlightedSnippets() {
        Tokens author = Accounts.author();
        publish(author, "Zymurgy basics", "Brewing beer at home starts with clean equipment.");
        publish(author, "Kitchen notes", "Some say zymurgy is the chemistry of brewing; we tried it.");
        author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Zymurgy draft", "contentMarkdown", "Unpublished zymurgy."))
                .when().post("/api/v1/posts").then().statusCode(201);

        given().queryParam("q", "zymurgy").when().get(SEARCH)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", equalTo(List.of("Zymurgy basics", "Kitchen notes")))
                .body("items[1].snippet", containsString("<mark>zymurgy</mark>"));
        given().queryParam("q", "brews zymurgy").when().get(SEARCH)
                .then().body("total", equalTo(2));
        given().queryParam("q", "zymurgy -kitchen").when().get(SEARCH)
                .then().body("items.title", equalTo(List.of("Zymurgy basics")));
    }

    @Test
    void aMissingOrHugeQueryIs400AndNothingMatchingIsAnEmptyPage() {
        given().when().get(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "x".repeat(201)).when().get(SEARCH).then().statusCode(400);
        given().queryParam("q", "qwxzyv nonexistent").when().get(SEARCH)
                .then().statusCode(200).body("total", equalTo(0)).body("items", not(equalTo(null)));
    }

    private static void publish(Tokens author, String title, String body) {
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "contentMarkdown", body, "metaDescription", "About " + title))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);
    }
}
