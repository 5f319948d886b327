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
                .then().statusCode(200).body("total", equalTo(0)).body("items", not(equalTo(null)))
                .body("totalCapped", equalTo(false));
        // Only the newest 500 matches are ranked: a page past them is refused, not computed.
        given().queryParam("q", "tea").queryParam("size", 100).queryParam("page", 11).when().get(SEARCH)
                .then().statusCode(400).body("errors[0].field", equalTo("page"))
                .body("errors[0].code", equalTo("page.too-deep"));
    }

    @Test
    void aPagePastTheLastMatchStillCarriesTheTotal() {
        String marker = "pastlast" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        publish(Accounts.author(), "About " + marker, "Text.");
        given().queryParam("q", marker).queryParam("size", 1).queryParam("page", 3).when().get(SEARCH)
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0)).body("total", equalTo(1));
    }

    @Test
    void eachPostIsStemmedInItsOwnLanguageAndALanguageNarrowsTheSearch() {
        Tokens author = Accounts.author();
        String marker = "qx" + java.util.UUID.randomUUID().toString().substring(0, 6);
        publish(author, "Brotbacken " + marker, "Wir backen heute Brote mit Sauerteig.", "de");
        publish(author, "Baking " + marker, "We are baking breads with sourdough.", "en-GB");

        // German stemming finds "Brote" for "Brot"; English stemming finds "breads" for "bread".
        given().queryParam("q", "Brot " + marker).queryParam("language", "de").when().get(SEARCH)
                .then().statusCode(200).body("items.title", org.hamcrest.Matchers.contains("Brotbacken " + marker));
        given().queryParam("q", "bread " + marker).queryParam("language", "en").when().get(SEARCH)
                .then().statusCode(200).body("items.title", org.hamcrest.Matchers.contains("Baking " + marker));
        given().queryParam("q", marker).when().get(SEARCH).then().statusCode(200).body("total", equalTo(2));
        given().queryParam("q", marker).queryParam("language", "german").when().get(SEARCH)
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    private static void publish(Tokens author, String title, String body) {
        publish(author, title, body, "en");
    }

    private static void publish(Tokens author, String title, String body, String language) {
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "contentMarkdown", body, "metaDescription", "About " + title,
                        "contentLanguage", language))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);
    }
}
