package io.blogflow.images.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin image catalogue (styles, formats, settings, prompt examples), against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ImageCatalogApiTest {

    private static final String BASE = "/api/v1/admin/images/";

    private Tokens admin;

    @BeforeEach
    void anAdmin() {
        admin = Accounts.admin();
    }

    @Test
    void theSeedsAreThereForReaders() {
        Tokens author = Accounts.author();
        author.as().when().get(BASE + "styles?size=100").then().statusCode(200)
                .body("items.title", hasItems("Photographic", "Watercolour illustration", "Flat vector",
                        "Editorial line art"))
                .body("total", greaterThanOrEqualTo(4));
        author.as().when().get(BASE + "formats?size=100").then().statusCode(200)
                .body("items.title", hasItem("Landscape 1536×1024 (blog header)"));
        author.as().when().get(BASE + "settings?size=100").then().statusCode(200)
                .body("items.name", hasItem("Blog header (default)"));
        author.as().contentType(ContentType.JSON).body(Map.of("title", "Nope")).when().post(BASE + "styles")
                .then().statusCode(403);
    }

    @Test
    void anAdminKeepsStylesFormatsSettingsAndExamplesWithVersionsAndConflicts() {
        String title = "Style " + UUID.randomUUID();
        String style = admin.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "description", "charcoal sketch")).when().post(BASE + "styles")
                .then().statusCode(201).header("ETag", "\"0\"").body("title", equalTo(title))
                .extract().path("id");
        admin.as().contentType(ContentType.JSON).body(Map.of("title", title.toUpperCase())).when()
                .post(BASE + "styles").then().statusCode(409).body("code", equalTo("image-style.title-taken"));

        String format = admin.as().contentType(ContentType.JSON).body(Map.of("title", "Format " + UUID.randomUUID(),
                        "width", 1200, "height", 800, "steps", 25, "guidanceScale", 6.5,
                        "extraSettings", Map.of("sampler_name", "Euler a")))
                .when().post(BASE + "formats").then().statusCode(201).body("width", equalTo(1200))
                .body("extraSettings.sampler_name", equalTo("Euler a")).extract().path("id");
        admin.as().contentType(ContentType.JSON).body(Map.of("title", "Bad", "width", 1201, "height", 10))
                .when().post(BASE + "formats").then().statusCode(400)
                .body("errors.field", hasItems("width", "height"));

        String setting = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Setting " + UUID.randomUUID(),
                        "styleId", style, "formatId", format, "overrides", Map.of("seed", 7)))
                .when().post(BASE + "settings").then().statusCode(201).extract().path("id");
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "x", "styleId", UUID.randomUUID().toString(),
                        "formatId", format))
                .when().post(BASE + "settings").then().statusCode(400).body("errors[0].code",
                        equalTo("style-id.unknown"));

        admin.as().contentType(ContentType.JSON).body(Map.of("prompt", "A lighthouse at dawn", "styleId", style,
                        "providerType", "automatic1111", "settingId", setting))
                .when().post(BASE + "prompt-examples").then().statusCode(201)
                .body("providerType", equalTo("automatic1111"));
        admin.as().contentType(ContentType.JSON).body(Map.of("prompt", "x", "providerType", "ollama"))
                .when().post(BASE + "prompt-examples").then().statusCode(400);

        // a style a setting uses cannot go; updates need the version read
        admin.as().header("If-Match", "\"0\"").when().delete(BASE + "styles/" + style).then().statusCode(409)
                .body("code", equalTo("image-style.in-use"));
        admin.as().contentType(ContentType.JSON).body(Map.of("title", title, "description", "ink"))
                .when().put(BASE + "styles/" + style).then().statusCode(428);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", title, "description", "ink")).when().put(BASE + "styles/" + style)
                .then().statusCode(200).header("ETag", "\"1\"").body("description", equalTo("ink"));
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", title))
                .when().put(BASE + "styles/" + style).then().statusCode(412);

        admin.as().header("If-Match", "\"0\"").when().delete(BASE + "settings/" + setting).then().statusCode(204);
        admin.as().header("If-Match", "\"1\"").when().delete(BASE + "styles/" + style).then().statusCode(204);
        admin.as().when().get(BASE + "styles/" + style).then().statusCode(404);
        admin.as().when().get(BASE + "styles/not-a-uuid").then().statusCode(404);
    }
}
