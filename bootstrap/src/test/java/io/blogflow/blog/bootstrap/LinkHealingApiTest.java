package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LinkHealingApiTest {

    private static final String SITE = "http://localhost:8080";

    private Tokens editor;
    private final String old = "target-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAnEditor() {
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
    }

    @Test
    void renamingAPostRewritesOtherPostsLinksToItInTheirOwnFormAsANewRevisionByTheRenamer() {
        String target = createPost("Target", old, "I am linked.");
        String markdown = """
                See [it](/%1$s), [slash](/%1$s/), [part](/%1$s#part), [query](/%1$s?ref=x) and
                [absolute](%2$s/%1$s#top) with ![pic](/%1$s "title").

                Not [a sibling](/%1$s-2), nor `[code](/%1$s)`:

                    [indented](/%1$s)

                [ref]: /%1$s
                """.formatted(old, SITE);
        String linking = createPost("Linking", null, markdown);

        rename(target, "\"0\"", old + "-new");

        JsonPath healed = editor.as().when().get(linking).then().statusCode(200).header("ETag", "\"1\"")
                .extract().jsonPath();
        String now = old + "-new";
        assertThat(healed.getString("contentMarkdown")).isEqualTo("""
                See [it](/%1$s), [slash](/%1$s/), [part](/%1$s#part), [query](/%1$s?ref=x) and
                [absolute](%2$s/%1$s#top) with ![pic](/%1$s "title").

                Not [a sibling](/%3$s-2), nor `[code](/%3$s)`:

                    [indented](/%3$s)

                [ref]: /%1$s
                """.formatted(now, SITE, old));
        assertThat(healed.getString("contentHtml")).contains("href=\"/" + now + "#part\"")
                .doesNotContain("href=\"/" + old + "\"");
        editor.as().when().get(linking + "/revisions").then().statusCode(200)
                .body("items[0].number", equalTo(2))
                .body("items[0].reason", equalTo("Link to /" + old + " healed: now /" + now))
                .body("items[0].authorId", equalTo(editor.as().when().get("/api/v1/me").then().extract().path("id")));
    }

    @Test
    void restoringARevisionWithAnotherSlugHealsLinksToo() {
        String target = createPost("Restored target", old, "Text");
        rename(target, "\"0\"", old + "-b");
        String linking = createPost("Links to b", null, "[b](/" + old + "-b)");

        editor.as().header("If-Match", "\"1\"").when().post(target + "/revisions/1/restore").then().statusCode(200);

        editor.as().when().get(linking).then().body("contentMarkdown", equalTo("[b](/" + old + ")"));
    }

    @Test
    void theBrokenLinksReportListsDeadPostLinksUntilTheyAreFixed() {
        String dead = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        String source = createPost("Has dead links", null,
                "[dead](/" + dead + "#x) [abs](" + SITE + "/" + dead + ") [static](/about/team) [ext](https://x.example/"
                        + dead + ")");

        List<Map<String, Object>> broken = brokenLinksOf(source);
        assertThat(broken).extracting(link -> link.get("destination"))
                .containsExactlyInAnyOrder("/" + dead + "#x", SITE + "/" + dead);
        assertThat(broken).allSatisfy(link -> {
            assertThat(link.get("targetPath")).isEqualTo("/" + dead);
            assertThat(link.get("postTitle")).isEqualTo("Has dead links " + old);
        });

        String created = createPost("Now exists", dead, "Here");
        assertThat(brokenLinksOf(source)).isEmpty();

        editor.as().header("If-Match", "\"0\"").when().delete(created).then().statusCode(204);
        assertThat(brokenLinksOf(source)).hasSize(2);

        editor.as().contentType(ContentType.JSON).body(Map.of("fromPath", "/" + dead, "to", "/elsewhere"))
                .when().post("/api/v1/redirects").then().statusCode(201);
        assertThat(brokenLinksOf(source)).isEmpty();
    }

    @Test
    void authorsMayNotSeeTheReport() {
        Accounts.author().as().when().get("/api/v1/links/broken").then().statusCode(403);
    }

    /** The report's items for one post, read page by page (the shared database holds other tests' links). */
    private List<Map<String, Object>> brokenLinksOf(String postLocation) {
        String postId = postLocation.substring(postLocation.lastIndexOf('/') + 1);
        List<Map<String, Object>> found = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath body = editor.as().queryParam("page", page).queryParam("size", 100)
                    .when().get("/api/v1/links/broken").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            items.stream().filter(item -> postId.equals(item.get("postId"))).forEach(found::add);
            if (page * 100 >= body.getLong("total")) {
                return found;
            }
        }
    }

    private String createPost(String title, String slug, String markdown) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title + " " + old,
                "contentMarkdown", markdown, "metaDescription", "About"));
        if (slug != null) {
            body.put("slug", slug);
        }
        return editor.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
    }

    private void rename(String post, String ifMatch, String slug) {
        JsonPath current = editor.as().when().get(post).then().extract().jsonPath();
        editor.as().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(Map.of("title", current.getString("title"), "slug", slug,
                        "contentMarkdown", current.getString("contentMarkdown"), "metaDescription", "About"))
                .when().put(post).then().statusCode(200);
    }
}
