package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real answers against the published OpenAPI document's schemas ({@link DocumentedAnswers}): every collection and
 * settings read without path parameters, and a writer's and a reader's day with one post (create, update, publish,
 * read publicly, search, revisions, tags, media, comments, analytics, billing) including the problems it meets
 * (400, 401, 404, 409, 412, 415, 428). A mismatch is fixed in the document or in the code, never here.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OpenApiResponsesTest {

    private static final String POSTS = "/api/v1/posts";

    private static DocumentedAnswers answers;

    /** Read once, before the first test (the application is only listening once tests run). */
    @BeforeEach
    void theDocument() {
        if (answers == null) {
            answers = DocumentedAnswers.ofTheRunningApplication();
        }
        answers.takeMismatches();
    }

    /** Every read that needs no path parameter, as an admin (public ones anonymously too). */
    @Test
    void everyReadWithoutPathParametersAnswersAsDocumented() {
        Tokens admin = Accounts.logIn(Accounts.newUser("admin"), Accounts.PASSWORD);
        List<String> reads = new ArrayList<>();
        answers.document().path("paths").properties().forEach(path -> {
            JsonOperation get = new JsonOperation(path.getKey(), path.getValue().path("get"));
            if (get.exists() && !path.getKey().contains("{") && !get.streams()) {
                reads.add(path.getKey());
                answers.check("get", path.getKey(), admin.as().when().get(path.getKey()));
                if (get.isPublic()) {
                    answers.check("get", path.getKey(), given().when().get(path.getKey()));
                }
            }
        });
        assertThat(reads).hasSizeGreaterThan(40);
        assertThat(answers.takeMismatches()).isEmpty();
    }

    /** One post from draft to public, and the problems on the way. */
    @Test
    void aPostsLifeAnswersAsDocumented() {
        Tokens author = Accounts.author();
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Response created = answers.check("post", POSTS, author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Contract tides " + suffix, "contentMarkdown", "# Tides\n\nThe sea *rises*.",
                        "metaDescription", "What the tides do."))
                .when().post(POSTS));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.path("id");
        String slug = created.path("slug");
        String post = POSTS + "/" + id;

        call(author, "get", POSTS + "/{id}", post);
        Response patched = answers.check("patch", POSTS + "/{id}", author.as()
                .contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("excerpt", "How the sea rises.")).when().patch(post));
        assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
        answers.check("patch", POSTS + "/{id}", author.as().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body(Map.of("excerpt", "Stale.")).when().patch(post)); // 412
        answers.check("patch", POSTS + "/{id}", author.as().contentType("application/merge-patch+json")
                .body(Map.of("excerpt", "No version.")).when().patch(post)); // 428
        answers.check("post", POSTS, author.as().contentType(ContentType.JSON).body(Map.of("title", ""))
                .when().post(POSTS)); // 400
        answers.check("post", POSTS, author.as().contentType(ContentType.TEXT).body("a title?")
                .when().post(POSTS)); // 415
        answers.check("get", POSTS + "/{id}", author.as().when().get(POSTS + "/" + UUID.randomUUID())); // 404
        answers.check("get", "/api/v1/me", given().when().get("/api/v1/me")); // 401
        answers.check("put", POSTS + "/{id}/tags", author.as().contentType(ContentType.JSON)
                .body(Map.of("tags", List.of("tides " + suffix, "sea " + suffix))).when().put(post + "/tags"));
        call(author, "get", POSTS + "/{id}/tags", post + "/tags");

        Response published = answers.check("post", POSTS + "/{id}/publish",
                author.as().header("If-Match", "\"1\"").when().post(post + "/publish"));
        assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
        call(author, "get", POSTS + "/{id}/revisions", post + "/revisions");
        call(author, "get", POSTS + "/{id}/revisions/{number}", post + "/revisions/1");
        call(author, "get", POSTS + "/{id}/revisions/diff", post + "/revisions/diff?from=1&to=2");
        call(author, "get", POSTS + "/{id}/analytics", post + "/analytics");
        call(author, "get", POSTS + "/{id}/comment-settings", post + "/comment-settings");
        call(author, "get", POSTS + "/{postId}/workspace", post + "/workspace");
        call(author, "get", POSTS + "/{postId}/workflow", post + "/workflow");
        call(author, "get", POSTS + "/{postId}/sections", post + "/sections");

        String publicPost = "/api/v1/public/posts";
        answers.check("get", publicPost + "/by-slug/{slug}", given().when().get(publicPost + "/by-slug/" + slug));
        answers.check("get", publicPost + "/by-slug/{slug}/json-ld",
                given().when().get(publicPost + "/by-slug/" + slug + "/json-ld"));
        answers.check("get", publicPost + "/by-slug/{slug}", given().when().get(publicPost + "/by-slug/no-" + suffix));
        answers.check("get", publicPost, given().queryParam("size", 5).when().get(publicPost));
        answers.check("get", publicPost + "/search", given().queryParam("q", "tides").when().get(publicPost + "/search"));
        answers.check("get", publicPost + "/search", given().when().get(publicPost + "/search")); // no q: 400
        answers.check("get", publicPost + "/{postId}/comments", given().when().get(publicPost + "/" + id + "/comments"));
        answers.check("get", publicPost + "/{postId}/comments/form",
                Accounts.fromSomewhere().when().get(publicPost + "/" + id + "/comments/form"));
        answers.check("put", publicPost + "/{postId}/like",
                Accounts.fromSomewhere().when().put(publicPost + "/" + id + "/like"));
        answers.check("get", "/api/v1/public/authors/{id}",
                given().when().get("/api/v1/public/authors/" + created.path("authorId")));

        assertThat(answers.takeMismatches()).isEmpty();
    }

    /** Taxonomy, media and the settings that have ids, with the conflicts they answer. */
    @Test
    void taxonomyAndMediaAnswerAsDocumented() {
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> category = Map.of("name", "Oceans " + suffix);
        Response created = answers.check("post", "/api/v1/categories",
                editor.as().contentType(ContentType.JSON).body(category).when().post("/api/v1/categories"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        answers.check("post", "/api/v1/categories",
                editor.as().contentType(ContentType.JSON).body(category).when().post("/api/v1/categories")); // 409
        call(editor, "get", "/api/v1/categories/{id}", "/api/v1/categories/" + created.path("id"));

        Response cluster = answers.check("post", "/api/v1/topic-clusters", editor.as().contentType(ContentType.JSON)
                .body(Map.of("name", "Coasts " + suffix)).when().post("/api/v1/topic-clusters"));
        if (cluster.statusCode() == 201) {
            call(editor, "get", "/api/v1/topic-clusters/{id}", "/api/v1/topic-clusters/" + cluster.path("id"));
        }

        Response media = answers.check("post", "/api/v1/media", editor.as()
                .multiPart("file", "wave.png", png(), "image/png").multiPart("altText", "A wave")
                .when().post("/api/v1/media"));
        assertThat(media.statusCode()).as(media.asString()).isEqualTo(201);
        call(editor, "get", "/api/v1/media/{id}", "/api/v1/media/" + media.path("id"));
        answers.check("patch", "/api/v1/media/{id}", editor.as().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body(Map.of("caption", "Rolling in"))
                .when().patch("/api/v1/media/" + media.path("id")));

        Response token = answers.check("post", "/api/v1/me/api-tokens", editor.as().contentType(ContentType.JSON)
                .body(Map.of("name", "contract " + suffix, "scopes", List.of("posts:read")))
                .when().post("/api/v1/me/api-tokens"));
        assertThat(token.statusCode()).as(token.asString()).isIn(201, 400);
        answers.check("patch", "/api/v1/me", editor.as().contentType("application/merge-patch+json")
                .body(Map.of("name", "Contract Editor")).when().patch("/api/v1/me"));

        assertThat(answers.takeMismatches()).isEmpty();
    }

    private static Response call(Tokens who, String method, String template, String url) {
        RequestSpecification request = who.as();
        return answers.check(method, template, request.when().request(method.toUpperCase(), url));
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        var random = ThreadLocalRandom.current();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An operation node of the document. */
    private record JsonOperation(String path, com.fasterxml.jackson.databind.JsonNode node) {

        boolean exists() {
            return !node.isMissingNode();
        }

        boolean isPublic() {
            return node.path("security").isArray() && node.path("security").isEmpty();
        }

        boolean streams() {
            return path.endsWith("/stream") || node.path("responses").toString().contains("text/event-stream");
        }
    }
}
