package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.restassured.RestAssured;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostApiTest {

    private static final String POSTS = "/api/v1/posts";
    private static final String PROBLEM = "application/problem+json";

    /** The tests write as one author; their posts are all this author's own. */
    private Tokens author;

    @org.junit.jupiter.api.BeforeEach
    void anAuthor() {
        author = Accounts.author();
    }

    @Test
    void withoutATokenPostsAreOutOfReach() {
        RestAssured.given().when().get(POSTS).then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("title", "Anonymous"))
                .when().post(POSTS).then().statusCode(401);
    }

    @Test
    void anotherAuthorsDraftIsNotFoundForAnAuthorButAnEditorReachesIt() {
        String location = create("Private draft", null).extract().header("Location");
        Tokens otherAuthor = Accounts.logIn(Accounts.newUser("author"), Accounts.PASSWORD);
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);

        otherAuthor.as().when().get(location).then().statusCode(404).body("code", equalTo("post-not-found"));
        otherAuthor.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "Mine now"))
                .when().put(location).then().statusCode(404);
        otherAuthor.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(404);
        otherAuthor.as().when().get(POSTS).then().statusCode(200).body("total", equalTo(0));
        editor.as().when().get(location).then().statusCode(200).body("title", equalTo("Private draft"));
    }

    @Test
    void contributorsMayDraftPosts() {
        Tokens contributor = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);

        contributor.as().contentType(ContentType.JSON).body(Map.of("title", "A contribution"))
                .when().post(POSTS).then().statusCode(201);
    }

    @Test
    void creatingADraftAnswers201WithLocationETagAndADerivedSlug() {
        String title = "Crème Brûlée " + UUID.randomUUID();

        author.as().contentType(ContentType.JSON).body(Map.of("title", title, "contentMarkdown", "# Hi"))
                .when().post(POSTS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/posts/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("title", equalTo(title))
                .body("slug", startsWith("creme-brulee-"))
                .body("status", equalTo("draft"))
                .body("version", equalTo(0))
                .body("contentMarkdown", equalTo("# Hi"))
                .body("createdAt", notNullValue());
    }

    @Test
    void theBodyIsStoredRenderedAndSanitisedWithExcerptCountsAndTableOfContents() {
        String markdown = "# Intro\n\nHello <script>alert(1)</script> **world**.\n\n## Details\n\nMore words here.";

        author.as().contentType(ContentType.JSON).body(Map.of("title", "Rendered", "contentMarkdown", markdown))
                .when().post(POSTS)
                .then().statusCode(201)
                .body("contentHtml", containsString("<h1 id=\"intro\">Intro</h1>"))
                .body("contentHtml", containsString("<strong>world</strong>"))
                .body("contentHtml", not(containsString("script")))
                .body("excerpt", equalTo("Intro Hello world. Details More words here."))
                .body("wordCount", equalTo(7))
                .body("readingTimeMinutes", equalTo(1))
                .body("tableOfContents.anchor", equalTo(List.of("intro", "details")))
                .body("tableOfContents.level", equalTo(List.of(1, 2)));
    }

    @Test
    void aCreatedPostCanBeReadBackWithItsETag() {
        String location = create("Read me", null).extract().header("Location");

        author.as().when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("Read me"));
    }

    @Test
    void postsWithTheSameTitleGetNumberedSlugs() {
        String title = "Same title " + UUID.randomUUID().toString().substring(0, 8);
        String base = create(title, null).extract().path("slug");

        create(title, null).body("slug", equalTo(base + "-2"));
        create(title, null).body("slug", equalTo(base + "-3"));
    }

    @Test
    void aDuplicateExplicitSlugIs409AndCreatesNothing() {
        String slug = "taken-" + UUID.randomUUID();
        create("First", slug);
        long before = total();

        author.as().contentType(ContentType.JSON).body(Map.of("title", "Second", "slug", slug))
                .when().post(POSTS)
                .then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("slug-taken"))
                .body("type", equalTo("https://blogflow.io/problems/slug-taken"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAre400WithEveryFieldError() {
        author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(201), "slug", "Not A Slug"))
                .when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("validation-failed"))
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("title", "slug")))
                .body("errors.code", equalTo(List.of("title.too-long", "slug.pattern")));
    }

    @Test
    void serverOwnedFieldsCannotBeSetByTheClient() {
        author.as().contentType(ContentType.JSON).body(Map.of("title", "Sneaky", "status", "published", "version", 9))
                .when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void anEmptyBodyIs400() {
        author.as().contentType(ContentType.JSON).when().post(POSTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }

    @Test
    void listingPagesNewestFirstWithTotalsAndLinkHeaders() {
        create("Paged one", null);
        create("Paged two", null);
        create("Paged three", null);

        var links = author.as().queryParam("page", 1).queryParam("size", 2)
                .when().get(POSTS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].title", equalTo("Paged three"))
                .body("items[1].title", equalTo("Paged two"))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .extract().headers().getValues("Link");

        assertThat(links)
                .anyMatch(link -> link.contains("page=1&size=2") && link.endsWith("rel=\"first\""))
                .anyMatch(link -> link.contains("page=2&size=2") && link.endsWith("rel=\"next\""))
                .anyMatch(link -> link.endsWith("rel=\"last\""))
                .noneMatch(link -> link.endsWith("rel=\"prev\""));
    }

    @Test
    void updatingWithTheCurrentETagBumpsTheVersion() {
        String location = create("Before", null).extract().header("Location");

        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "After", "contentMarkdown", "new"))
                .when().put(location)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("After")).body("slug", equalTo("before")).body("version", equalTo(1));
    }

    @Test
    void updatingWithAStaleETagIs412WithTheCurrentVersionAndChangesNothing() {
        String location = create("Stale", null).extract().header("Location");
        update(location, "\"0\"", "Stale v1").statusCode(200);

        update(location, "\"0\"", "Lost update")
                .statusCode(412).contentType(PROBLEM)
                .body("code", equalTo("stale-version"))
                .body("currentVersion", equalTo(1));
        author.as().when().get(location).then().body("title", equalTo("Stale v1"));
    }

    @Test
    void takingAnotherPostsSlugOnUpdateIs409() {
        String slug = "owned-" + UUID.randomUUID();
        create("Owner", slug);
        String location = create("Other", null).extract().header("Location");

        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "Other", "slug", slug))
                .when().put(location)
                .then().statusCode(409).body("code", equalTo("slug-taken"));
    }

    @Test
    void deletingNeedsTheCurrentETagAndThenThePostIsGone() {
        String location = create("Delete me", null).extract().header("Location");

        author.as().when().delete(location).then().statusCode(428);
        author.as().header("If-Match", "\"5\"").when().delete(location).then().statusCode(412);
        author.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(204);
        author.as().when().get(location).then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("post-not-found"));
    }

    @Test
    void aDeletedPostWaitsInTheTrashUntilRestoredOrDeletedForGoodByAnAdmin() {
        String location = create("Trash me", null).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        author.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(204);

        author.as().when().get(POSTS + "/trash").then().statusCode(200).body("items.id", hasItem(id));
        author.as().header("If-Match", "\"1\"").when().post(location + "/restore-from-trash")
                .then().statusCode(200).header("ETag", "\"2\"");
        author.as().when().get(location).then().statusCode(200);
        author.as().header("If-Match", "\"2\"").when().delete(location).then().statusCode(204);
        author.as().when().delete(location + "/permanently").then().statusCode(403);
        Accounts.admin().as().when().delete(location + "/permanently").then().statusCode(204);
        Accounts.admin().as().when().get(POSTS + "/trash").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void unknownAndMalformedIdsAre404Problems() {
        author.as().when().get(POSTS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("post-not-found"));
        author.as().when().get(POSTS + "/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("post-not-found"));
        update(POSTS + "/" + UUID.randomUUID(), "\"0\"", "x").statusCode(404);
    }

    @Test
    void theOpenApiDocumentListsEveryPostEndpoint() {
        RestAssured.given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/posts'.keySet()", hasItem("post"))
                .body("paths.'/api/v1/posts'.keySet()", hasItem("get"))
                .body("paths.'/api/v1/posts/{id}'.keySet()", hasItem("put"))
                .body("paths.'/api/v1/posts/{id}'.keySet()", hasItem("delete"))
                .body("paths.'/api/v1/posts/{id}'.put.responses.keySet()", hasItem("412"))
                .body("paths.'/api/v1/posts/{id}'.put.responses.'412'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.keySet()", hasItem("Problem"))
                .body("paths.'/api/v1/posts/{id}/approve'.keySet()", hasItem("post"))
                .body("components.schemas.Post.properties.review.anyOf[0].'$ref'", equalTo("#/components/schemas/PostReview"))
                .body("components.schemas.PostReview.properties.keySet()", hasItem("approvedBy"))
                .body("components.schemas.Post.required", hasItems("id", "version", "createdAt", "wordCount"))
                .body("components.schemas.Post.properties.version.type", equalTo("integer")) // required: never null
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/posts'.get.security[0].keySet()", hasItem("bearer"))
                .body("paths.'/api/v1/posts'.get.responses.keySet()", hasItem("401"));
    }

    private ValidatableResponse create(String title, String slug) {
        var body = new HashMap<String, Object>(Map.of("title", title));
        if (slug != null) {
            body.put("slug", slug);
        }
        return author.as().contentType(ContentType.JSON).body(body).when().post(POSTS).then().statusCode(201);
    }

    private ValidatableResponse update(String location, String ifMatch, String title) {
        var request = author.as().contentType(ContentType.JSON).body(Map.of("title", title));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(location).then();
    }

    private long total() {
        return ((Number) author.as().when().get(POSTS).then().statusCode(200).extract().path("total")).longValue();
    }
}
