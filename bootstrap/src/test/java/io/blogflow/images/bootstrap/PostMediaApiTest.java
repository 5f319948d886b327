package io.blogflow.images.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts using media library images (featured, social sharing): srcset-ready links, checked ids, media kept in use. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostMediaApiTest {

    private static final String MEDIA = "/api/v1/media";
    private static final String POSTS = "/api/v1/posts";

    private Tokens author;

    @BeforeEach
    void anAuthor() {
        author = Accounts.author();
    }

    @Test
    void aPostShowsItsFeaturedAndSocialImagesWithSrcsetToEditorsAndReaders() {
        String featured = upload(900, 600, "A harbour at dawn");
        String og = upload(1200, 630, null);
        String slug = "harbour-" + UUID.randomUUID().toString().substring(0, 8);
        var body = post(slug);
        body.put("featuredMediaId", featured);
        body.put("ogMediaId", og);

        var created = author.as().contentType(ContentType.JSON).body(body).when().post(POSTS).then().statusCode(201)
                .body("featuredMediaId", equalTo(featured)).body("featuredMedia.id", equalTo(featured))
                .body("featuredMedia.url", endsWith("/media/" + featured + "/original"))
                .body("featuredMedia.width", equalTo(900)).body("featuredMedia.height", equalTo(600))
                .body("featuredMedia.altText", equalTo("A harbour at dawn"))
                .body("featuredMedia.srcset", endsWith("/w1024 900w"))
                .body("ogMediaId", equalTo(og)).body("ogMedia.width", equalTo(1200))
                .extract();
        assertThat((String) created.path("featuredMedia.srcset")).contains("/media/" + featured + "/w320 320w, ");
        String location = created.header("Location");

        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                .body("featuredMedia.id", equalTo(featured)).body("featuredMedia.srcset", endsWith("/w1024 900w"))
                .body("ogMedia.url", endsWith("/media/" + og + "/original"));

        // Cleared by a merge patch: the images are unset again
        var patch = new HashMap<String, Object>();
        patch.put("ogMediaId", null);
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(patch).when()
                .patch(location).then().statusCode(200).body("ogMediaId", nullValue()).body("ogMedia", nullValue())
                .body("featuredMedia.id", equalTo(featured));
    }

    @Test
    void anUnknownMediaIdIsAFieldError() {
        var body = post("unknown-media-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("featuredMediaId", UUID.randomUUID().toString());
        author.as().contentType(ContentType.JSON).body(body).when().post(POSTS).then().statusCode(400)
                .body("errors[0].field", equalTo("featuredMediaId"))
                .body("errors[0].code", equalTo("featured-media-id.unknown"));
        body.remove("featuredMediaId");
        body.put("ogMediaId", UUID.randomUUID().toString());
        author.as().contentType(ContentType.JSON).body(body).when().post(POSTS).then().statusCode(400)
                .body("errors[0].code", equalTo("og-media-id.unknown"));
    }

    @Test
    void mediaAPostUsesCannotBeDeletedUntilThePostLetsGoOfIt() {
        for (String field : new String[] {"featuredMediaId", "ogMediaId"}) {
            String media = upload(400, 300, null);
            var body = post("in-use-" + UUID.randomUUID().toString().substring(0, 8));
            body.put(field, media);
            String location = author.as().contentType(ContentType.JSON).body(body).when().post(POSTS).then()
                    .statusCode(201).extract().header("Location");

            author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + media).then().statusCode(409)
                    .body("code", equalTo("media.in-use"));

            var cleared = new HashMap<String, Object>();
            cleared.put(field, null);
            author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(cleared)
                    .when().patch(location).then().statusCode(200);
            author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + media).then().statusCode(204);

            // The first revision still names the media: restoring it drops the reference to what is gone
            author.as().header("If-Match", "\"1\"").when().post(location + "/revisions/1/restore").then()
                    .statusCode(200).body(field, nullValue()).body("title", equalTo("Harbour"));
        }
    }

    @Test
    void aSectionKeepsItsImagesInOrderAndTheyStayInTheLibraryWhileUsed() {
        String first = upload(300, 200, "First");
        String second = upload(320, 240, "Second");
        String post = author.as().contentType(ContentType.JSON).body(post("sections-" + UUID.randomUUID()
                .toString().substring(0, 8))).when().post(POSTS).then().statusCode(201).extract().path("id");
        String sections = POSTS + "/" + post + "/sections";
        String section = author.as().contentType(ContentType.JSON).body(Map.of("fields", Map.of("heading", "Dawn")))
                .when().post(sections).then().statusCode(201).extract().path("id");
        String media = sections + "/" + section + "/media";

        author.as().when().get(media).then().statusCode(200).body("mediaIds.size()", equalTo(0));
        author.as().contentType(ContentType.JSON).body(Map.of("mediaIds", List.of(second, first))).when().put(media)
                .then().statusCode(200).body("mediaIds", equalTo(List.of(second, first)))
                .body("items[0].altText", equalTo("Second")).body("items[1].urls.srcset", endsWith("/w320 300w"));
        author.as().when().get(media).then().statusCode(200).body("mediaIds", equalTo(List.of(second, first)));

        author.as().contentType(ContentType.JSON).body(Map.of("mediaIds", List.of(first, UUID.randomUUID())))
                .when().put(media).then().statusCode(400).body("errors[0].code", equalTo("media-ids.unknown"));
        author.as().contentType(ContentType.JSON).body(Map.of()).when().put(media).then().statusCode(400)
                .body("errors[0].code", equalTo("media-ids.required"));
        Accounts.logIn(Accounts.newUser("author"), Accounts.PASSWORD).as().when().get(media).then().statusCode(404);
        author.as().when().get(sections + "/" + UUID.randomUUID() + "/media").then().statusCode(404);
        author.as().when().get(media).then().body("mediaIds", equalTo(List.of(second, first)));

        author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + first).then().statusCode(409)
                .body("code", equalTo("media.in-use"));
        author.as().contentType(ContentType.JSON).body(Map.of("mediaIds", List.of(second))).when().put(media)
                .then().statusCode(200);
        author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + first).then().statusCode(204);
        author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + second).then().statusCode(409);
        author.as().header("If-Match", "\"0\"").when().delete(sections + "/" + section).then().statusCode(204);
        author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + second).then().statusCode(204);
    }

    private String upload(int width, int height, String altText) {
        var request = author.as().multiPart("file", "image.png", TestImages.encode(gradient(width, height), "png"),
                "image/png");
        if (altText != null) {
            request = request.multiPart("altText", altText);
        }
        return request.when().post(MEDIA).then().statusCode(201).extract().path("id");
    }

    /** A small PNG, unique per call (the library answers a known image with the existing record). */
    private static BufferedImage gradient(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int seed = ThreadLocalRandom.current().nextInt(0x1000000);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | (seed & 0xff));
            }
        }
        image.setRGB(0, 0, seed);
        return image;
    }

    private static Map<String, Object> post(String slug) {
        var body = new HashMap<String, Object>();
        body.put("title", "Harbour");
        body.put("slug", slug);
        body.put("contentMarkdown", "The harbour at dawn.");
        body.put("metaDescription", "A harbour.");
        return body;
    }
}
