package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RedirectApiTest {

    private static final String REDIRECTS = "/api/v1/redirects";
    private static final String RESOLVE = "/api/v1/public/redirects/resolve";
    private static final String SITE = "http://localhost:8080";

    private Tokens editor;
    private final String p = "/r-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAnEditor() {
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
    }

    @Test
    void editorsCreateReadListUpdateAndDeleteRedirectsWithOptimisticLocking() {
        String location = create(p + "/old/", "https://elsewhere.example/page", 302).statusCode(201)
                .header("ETag", "\"0\"")
                .body("fromPath", equalTo(p + "/old")).body("to", equalTo("https://elsewhere.example/page"))
                .body("status", equalTo(302)).extract().header("Location");

        editor.as().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("fromPath", equalTo(p + "/old"));
        create(p + "/second", "/x", null).statusCode(201);
        var links = editor.as().queryParam("size", 1).when().get(REDIRECTS).then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(1)).body("items.size()", equalTo(1))
                .extract().headers().getValues("Link");
        org.assertj.core.api.Assertions.assertThat(String.join(",", links)).contains("rel=\"first\"", "rel=\"next\"");
        editor.as().contentType(ContentType.JSON).body(Map.of("fromPath", p + "/old", "to", p + "/new"))
                .when().put(location).then().statusCode(428);
        editor.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("fromPath", p + "/old", "to", p + "/new"))
                .when().put(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("to", equalTo(p + "/new")).body("status", equalTo(301));
        editor.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(412)
                .body("currentVersion", equalTo(1));
        editor.as().header("If-Match", "\"1\"").when().delete(location).then().statusCode(204);
        editor.as().when().get(location).then().statusCode(404).body("code", equalTo("redirect-not-found"));
    }

    @Test
    void invalidFieldsAreReportedAllAtOnce() {
        create("no-slash?x", "ftp://files.example/x", 307).statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("fromPath", "to", "status")))
                .body("errors.code", equalTo(java.util.List.of("path.not-site-path", "to.invalid", "status.invalid")));
        create(p + "//a", p + "?q=1", null).statusCode(400)
                .body("errors.code", equalTo(java.util.List.of("path.empty-segment", "path.query-or-fragment")));
        create(p + "/../etc", "/x", null).statusCode(400).body("errors[0].code", equalTo("path.dot-segment"));
        create(p + "/" + "a".repeat(2000), "/x", null).statusCode(400).body("errors[0].code", equalTo("path.too-long"));
    }

    @Test
    void aRedirectToItselfIsRefusedAlsoWhenWrittenAsAnAbsoluteUrlOnTheSite() {
        create(p, p + "/", null).statusCode(400).body("errors[0].code", equalTo("to.self-redirect"));
        create(p, SITE + p, null).statusCode(400).body("errors[0].code", equalTo("to.self-redirect"));
    }

    @Test
    void aSourcePathIsUnique() {
        create(p, "/somewhere", null).statusCode(201);
        create(p + "/", "/elsewhere", null).statusCode(409).body("code", equalTo("redirect-path-taken"));
    }

    @Test
    void aRedirectThatWouldLoopIsRefused() {
        create(p + "/a", p + "/b", null).statusCode(201);
        create(p + "/b", p + "/c", null).statusCode(201);

        create(p + "/c", p + "/a", null).statusCode(409).body("code", equalTo("redirect-loop"));
        create(p + "/c", p + "/b", null).statusCode(409).body("code", equalTo("redirect-loop"));
    }

    @Test
    void chainsCollapseWhicheverEndIsCreatedFirst() {
        String a = create(p + "/a", p + "/b", null).statusCode(201).extract().header("Location");
        create(p + "/b", p + "/c", null).statusCode(201).body("to", equalTo(p + "/c"));
        editor.as().when().get(a).then().body("to", equalTo(p + "/c")).body("version", equalTo(1));

        create(p + "/z", p + "/b", 302).statusCode(201).body("to", equalTo(p + "/c"));

        given().redirects().follow(false).queryParam("path", p + "/a").when().get(RESOLVE)
                .then().statusCode(301).header("Location", SITE + p + "/c");
        given().redirects().follow(false).queryParam("path", p + "/z").when().get(RESOLVE)
                .then().statusCode(302).header("Location", SITE + p + "/c");
    }

    @Test
    void theAddressOfALivePostCannotBeRedirectedButATrashedPostsCan() {
        Tokens author = Accounts.author();
        String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
        String post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Live", "slug", slug))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");

        create("/" + slug, "/elsewhere", null).statusCode(409).body("code", equalTo("redirect-shadows-post"));
        author.as().header("If-Match", "\"0\"").when().delete(post).then().statusCode(204);
        create("/" + slug, "/elsewhere", null).statusCode(201);
    }

    @Test
    void authorsMayNotManageRedirects() {
        Tokens author = Accounts.author();
        author.as().contentType(ContentType.JSON).body(Map.of("fromPath", p, "to", "/x"))
                .when().post(REDIRECTS).then().statusCode(403);
        author.as().when().get(REDIRECTS).then().statusCode(403);
    }

    @Test
    void resolutionAnswersManualRedirectsThenOldSlugsElse404() {
        create(p + "/temp", "https://elsewhere.example/sale", 302).statusCode(201);
        given().redirects().follow(false).queryParam("path", p + "/temp/").when().get(RESOLVE)
                .then().statusCode(302).header("Location", "https://elsewhere.example/sale")
                .header("Cache-Control", "public, max-age=60");

        Tokens author = Accounts.author();
        String slug = "moved-" + UUID.randomUUID().toString().substring(0, 8);
        String post = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Moved", "slug", slug, "contentMarkdown", "Body", "metaDescription", "About"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);
        author.as().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("title", "Moved", "slug", slug + "-now", "contentMarkdown", "Body",
                        "metaDescription", "About"))
                .when().put(post).then().statusCode(200);

        given().redirects().follow(false).queryParam("path", "/" + slug).when().get(RESOLVE)
                .then().statusCode(301).header("Location", SITE + "/" + slug + "-now");
        given().queryParam("path", p + "/nothing-here").when().get(RESOLVE)
                .then().statusCode(404).body("code", equalTo("no-redirect"));
        given().queryParam("path", "https://evil.example/").when().get(RESOLVE)
                .then().statusCode(400).body("errors.field", hasItems("path"));
    }

    private ValidatableResponse create(String from, String to, Integer status) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromPath", from);
        body.put("to", to);
        if (status != null) {
            body.put("status", status);
        }
        return editor.as().contentType(ContentType.JSON).body(body).when().post(REDIRECTS).then();
    }
}
