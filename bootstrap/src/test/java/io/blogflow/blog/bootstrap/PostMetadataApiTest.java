package io.blogflow.blog.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The full field set of a post, and changing parts of it with JSON Merge Patch. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostMetadataApiTest {

    private static final String POSTS = "/api/v1/posts";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private Tokens author;

    @BeforeEach
    void anAuthor() {
        author = Accounts.author();
    }

    @Test
    void everySeoAndEditorialFieldIsStoredAndReadBack() {
        Map<String, Object> fields = new HashMap<>(Map.of("title", "Sourdough at home", "contentMarkdown",
                "# Sourdough\n\nFeed the starter.", "metaTitle", "Sourdough at home: a guide", "focusKeyword",
                "sourdough", "canonicalUrl", "https://example.com/sourdough", "ogTitle", "Bake sourdough",
                "ogDescription", "A loaf a day", "ogImage", "https://img.example/og.png", "twitterCardType",
                "summary_large_image", "featuredImage", "https://img.example/loaf.jpg"));
        fields.putAll(Map.of("featuredImageAlt", "A crusty loaf", "featuredImageCaption", "Day three",
                "contentLanguage", "en-gb", "geoTargetCountry", "gb", "showTableOfContents", false, "aiGenerated", true,
                "lastReviewedAt", "2026-01-02T03:04:05Z", "twitterTitle", "Sourdough!", "twitterDescription", "Loaves",
                "excerpt", "Feed it."));

        String location = author.as().contentType(ContentType.JSON).body(fields).when().post(POSTS)
                .then().statusCode(201).extract().header("Location");

        author.as().when().get(location).then().statusCode(200)
                .body("metaTitle", equalTo("Sourdough at home: a guide"))
                .body("focusKeyword", equalTo("sourdough"))
                .body("canonicalUrl", equalTo("https://example.com/sourdough"))
                .body("ogTitle", equalTo("Bake sourdough")).body("ogDescription", equalTo("A loaf a day"))
                .body("ogImage", equalTo("https://img.example/og.png"))
                .body("twitterTitle", equalTo("Sourdough!")).body("twitterDescription", equalTo("Loaves"))
                .body("twitterCardType", equalTo("summary_large_image"))
                .body("featuredImage", equalTo("https://img.example/loaf.jpg"))
                .body("featuredImageAlt", equalTo("A crusty loaf")).body("featuredImageCaption", equalTo("Day three"))
                .body("contentLanguage", equalTo("en-GB")).body("geoTargetCountry", equalTo("GB"))
                .body("showTableOfContents", equalTo(false)).body("aiGenerated", equalTo(true))
                .body("lastReviewedAt", equalTo("2026-01-02T03:04:05Z"))
                .body("excerpt", equalTo("Feed it.")).body("excerptGiven", equalTo(true))
                .body("contentVersion", equalTo(1))
                .body("counters.views", equalTo(0)).body("counters.shares", equalTo(0))
                .body("seoAdvice", equalTo(java.util.List.of()));
    }

    @Test
    void invalidFieldsAreReportedTogetherAndNothingIsStored() {
        Map<String, Object> fields = new HashMap<>(Map.of("title", "Bad metadata", "canonicalUrl",
                "javascript:alert(1)", "ogImage", "/relative.png", "contentLanguage", "english", "geoTargetCountry",
                "XX", "twitterCardType", "poster", "featuredImage", "https://img.example/x.png", "metaTitle",
                "m".repeat(301), "lastReviewedAt", "2999-01-01T00:00:00Z"));

        author.as().contentType(ContentType.JSON).body(fields).when().post(POSTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("canonicalUrl", "ogImage", "contentLanguage", "geoTargetCountry",
                        "twitterCardType", "featuredImageAlt", "metaTitle", "lastReviewedAt"))
                .body("errors.code", hasItems("url.invalid", "featured-image-alt.required", "meta-title.too-long",
                        "last-reviewed-at.future"));
        author.as().when().get(POSTS + "?size=100").then().body("items.title", org.hamcrest.Matchers.not(
                hasItem("Bad metadata")));
    }

    @Test
    void seoAdviceNamesSoftLimitsWithoutBlockingTheSave() {
        author.as().contentType(ContentType.JSON).body(Map.of("title", "T".repeat(80), "metaDescription",
                        "d".repeat(200), "focusKeyword", "kombucha"))
                .when().post(POSTS).then().statusCode(201)
                .body("seoAdvice.size()", equalTo(3))
                .body("seoAdvice[0]", startsWith("meta-title.long"));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNamesAndNullClearsOne() {
        ValidatableResponse created = author.as().contentType(ContentType.JSON).body(Map.of("title", "Patch me",
                "contentMarkdown", "First words of the body.", "excerpt", "A written teaser", "metaTitle", "Meta",
                "focusKeyword", "patch")).when().post(POSTS).then().statusCode(201);
        String location = created.extract().header("Location");

        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"metaTitle\": \"Better meta\", \"excerpt\": null, \"reason\": \"SEO pass\"}")
                .when().patch(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Patch me"))
                .body("contentMarkdown", equalTo("First words of the body."))
                .body("focusKeyword", equalTo("patch"))
                .body("metaTitle", equalTo("Better meta"))
                .body("excerpt", equalTo("First words of the body.")).body("excerptGiven", equalTo(false))
                .body("lastUpdatedReason", equalTo("SEO pass"))
                .body("contentVersion", equalTo(1));

        author.as().contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"contentMarkdown\": \"New words.\"}")
                .when().patch(location).then().statusCode(200).body("contentVersion", equalTo(2))
                .body("lastUpdatedReason", nullValue());
        author.as().when().get(location + "/revisions").then().body("items.size()", equalTo(3))
                .body("items[1].reason", equalTo("SEO pass"));
    }

    @Test
    void aMergePatchIsLockedValidatedAndRefusesUnknownFields() {
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Locked patch"))
                .when().post(POSTS).then().statusCode(201).extract().header("Location");

        author.as().contentType(MERGE_PATCH).body("{\"title\": \"No If-Match\"}").when().patch(location)
                .then().statusCode(428);
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"7\"").body("{\"title\": \"Stale\"}")
                .when().patch(location).then().statusCode(412).body("currentVersion", equalTo(0));
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"title\": null}")
                .when().patch(location).then().statusCode(400).body("errors[0].field", equalTo("title"));
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"status\": \"published\"}")
                .when().patch(location).then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"title\": ")
                .when().patch(location).then().statusCode(400).body("code", equalTo("malformed-json"));
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("[1]")
                .when().patch(location).then().statusCode(400);
        author.as().when().get(location).then().body("title", equalTo("Locked patch")).header("ETag", "\"0\"");
    }

    @Test
    void twoEditorsPatchingTheSameVersionOneGets412() {
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Contested"))
                .when().post(POSTS).then().statusCode(201).extract().header("Location");

        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"metaTitle\": \"First\"}")
                .when().patch(location).then().statusCode(200);
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"metaTitle\": \"Second\"}")
                .when().patch(location).then().statusCode(412).body("currentVersion", equalTo(1));
        author.as().when().get(location).then().body("metaTitle", equalTo("First"));
    }

    @Test
    void restoringARevisionBringsItsMetadataBack() {
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Restorable",
                "metaTitle", "Original meta", "geoTargetCountry", "DE")).when().post(POSTS)
                .then().statusCode(201).extract().header("Location");
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"metaTitle\": \"Changed\", \"geoTargetCountry\": null}").when().patch(location)
                .then().statusCode(200);

        author.as().header("If-Match", "\"1\"").when().post(location + "/revisions/1/restore")
                .then().statusCode(200).body("metaTitle", equalTo("Original meta"))
                .body("geoTargetCountry", equalTo("DE"));
    }

    static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
