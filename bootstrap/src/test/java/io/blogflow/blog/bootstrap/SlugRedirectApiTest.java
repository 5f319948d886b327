package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SlugRedirectApiTest {

    private static final String BY_SLUG = "/api/v1/public/posts/by-slug/";

    @Test
    void aPublishedPostIsPublicAndItsOldSlugsRedirectPermanentlyToTheCurrentOne() {
        Tokens author = Accounts.author();
        String a = "first-" + UUID.randomUUID().toString().substring(0, 8);
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Moving", "slug", a, "contentMarkdown", "Body", "metaDescription", "About"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        given().when().get(BY_SLUG + a).then().statusCode(404);
        author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);

        given().when().get(BY_SLUG + a).then().statusCode(200)
                .body("slug", equalTo(a)).body("contentHtml", equalTo("<p>Body</p>"))
                .body("$", not(hasKey("contentMarkdown"))).body("$", not(hasKey("status")));
        rename(author, post, "\"1\"", a + "-b");
        rename(author, post, "\"2\"", a + "-c");

        given().redirects().follow(false).when().get(BY_SLUG + a)
                .then().statusCode(301).header("Location", endsWith(BY_SLUG + a + "-c"));
        given().redirects().follow(false).when().get(BY_SLUG + a + "-b")
                .then().statusCode(301).header("Location", endsWith(BY_SLUG + a + "-c"));
        given().when().get(BY_SLUG + a).then().statusCode(200).body("slug", equalTo(a + "-c"));
        author.as().contentType(ContentType.JSON).body(Map.of("title", "Squatter", "slug", a))
                .when().post("/api/v1/posts").then().statusCode(409).body("code", equalTo("slug-taken"));
    }

    @Test
    void publicReadsAreCacheableAndRevalidateWith304() {
        Tokens author = Accounts.author();
        String slug = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Cached", "slug", slug, "contentMarkdown", "Body", "metaDescription", "About"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);

        String etag = given().when().get(BY_SLUG + slug).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=60"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(BY_SLUG + slug).then().statusCode(304);
        rename(author, post, "\"1\"", slug);
        given().header("If-None-Match", etag).when().get(BY_SLUG + slug).then().statusCode(200);
    }

    @Test
    void thePublicListShowsOnlyPublishedPostsFilteredAndSorted() {
        Tokens author = Accounts.author();
        String authorId = author.as().when().get("/api/v1/me").then().extract().path("id");
        for (String title : new String[] {"Banana", "Apple", "Cherry"}) {
            String post = author.as().contentType(ContentType.JSON)
                    .body(Map.of("title", title, "contentMarkdown", "Body", "metaDescription", "About"))
                    .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
            author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);
        }
        author.as().contentType(ContentType.JSON).body(Map.of("title", "Draft only"))
                .when().post("/api/v1/posts").then().statusCode(201);

        given().queryParam("author", authorId).queryParam("sort", "title").when().get("/api/v1/public/posts")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", equalTo(java.util.List.of("Apple", "Banana", "Cherry")));
        given().queryParam("author", authorId).when().get("/api/v1/public/posts")
                .then().body("items[0].title", equalTo("Cherry"));
        given().queryParam("sort", "random").queryParam("author", "x").when().get("/api/v1/public/posts")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("author", "sort")));
    }

    @Test
    void unknownAndMalformedSlugsAreNotFound() {
        given().when().get(BY_SLUG + "no-such-post-" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(BY_SLUG + "Not_A_Slug").then().statusCode(404).body("code", equalTo("post-not-found"));
    }

    private static void rename(Tokens author, String post, String ifMatch, String slug) {
        author.as().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(Map.of("title", "Moving", "slug", slug, "contentMarkdown", "Body", "metaDescription", "About"))
                .when().put(post).then().statusCode(200);
    }
}
