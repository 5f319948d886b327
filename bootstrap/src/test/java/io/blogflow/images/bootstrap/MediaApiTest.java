package io.blogflow.images.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The media library over HTTP, on the real image adapters and database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class MediaApiTest {

    private static final String MEDIA = "/api/v1/media";
    private static final String WATERMARK = "/api/v1/admin/media/watermark";

    private Tokens author;

    @BeforeEach
    void anAuthor() {
        author = Accounts.author();
    }

    @Test
    void aSidewaysPhoneJpegIsStoredUprightAndItsRecordHasTheUprightDimensions() {
        byte[] upload = TestImages.sidewaysJpeg(TestImages.noise(640, 480));

        upload(author, upload, "phone.jpg", "A tall photo").statusCode(201)
                .body("width", equalTo(480)).body("height", equalTo(640))
                .body("urls.srcset", endsWith(" 480w"));
    }

    @Test
    void aJpegIsStoredWithoutItsGpsExifAndAnsweredWithSrcsetReadyUrls() throws Exception {
        byte[] upload = TestImages.jpegWithGps(TestImages.noise(800, 600));
        assertThat(TestImages.contains(upload, TestImages.SECRET)).isTrue();

        var created = upload(author, upload, "holiday.png", "A beach").statusCode(201)
                .header("ETag", "\"0\"").header("Location", startsWith("http"))
                .body("mimeType", equalTo("image/jpeg")).body("width", equalTo(800)).body("height", equalTo(600))
                .body("altText", equalTo("A beach")).body("duplicate", equalTo(false))
                .body("urls.variants.w320", endsWith("/w320"))
                .body("urls.srcset", endsWith("/w1024 800w")) // never wider than the original, each width once
                .extract();
        String id = created.path("id");
        String original = created.path("urls.original");
        assertThat(original).endsWith("/media/" + id + "/original");
        assertThat((String) created.path("urls.srcset")).contains("/w320 320w, ").doesNotContain("w1600");

        byte[] stored = given().when().get(path(original)).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertThat(TestImages.contains(stored, TestImages.SECRET)).isFalse();
        assertThat(TestImages.contains(stored, "Exif\0\0")).isFalse();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(created.<String>path("checksum"));
        assertThat(TestImages.decode(stored).getWidth()).isEqualTo(800);
    }

    @Test
    void aPngLosesItsTextChunksAndASecondUploadOfTheSameImageIsADuplicate() {
        BufferedImage image = TestImages.noise(120, 80);
        String id = upload(author, TestImages.pngWithText(image), "a.png", null).statusCode(201)
                .body("mimeType", equalTo("image/png")).extract().path("id");
        byte[] stored = given().when().get("/media/" + id + "/original").then().statusCode(200).extract()
                .asByteArray();
        assertThat(TestImages.contains(stored, TestImages.SECRET)).isFalse();

        // the same picture without the text chunk: the same stored bytes, so the same media
        upload(Accounts.author(), TestImages.encode(image, "png"), "again.png", "ignored").statusCode(200)
                .body("id", equalTo(id)).body("duplicate", equalTo(true)).body("altText", nullValue())
                .header("Location", endsWith(MEDIA + "/" + id));
    }

    /** An upload streamed in chunks (no Content-Length) meets the upload limit while it streams, not the backstop. */
    @Test
    void aChunkedUploadOverTheUploadLimitIs413AndOneWithinItIsStored() throws Exception {
        // the test limit is 2M (+ 64K of multipart allowance); 3M of file is refused as it streams
        HttpResponse<String> tooLarge = uploadChunked(author, new byte[3 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooLarge.body()).contains("\"code\":\"payload-too-large\"").contains("\"instance\":\"" + MEDIA);

        HttpResponse<String> fits = uploadChunked(author, TestImages.encode(TestImages.noise(64, 48), "png"));
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
        assertThat(fits.body()).contains("\"width\":64").contains("\"altText\":\"Streamed\"");
    }

    @Test
    void svgTooLargeAndTooManyPixelsAreRefusedWithProblems() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes();
        upload(author, svg, "logo.png", null).statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("media.unsupported-type"));

        // the test limit is 2M: a declared body beyond it (+ multipart allowance) is refused before it is read …
        author.as().contentType("multipart/form-data; boundary=x").body(new byte[3 * 1024 * 1024]).when()
                .post(MEDIA).then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("payload-too-large"));
        // … and a file within the allowance but over the limit by the use case
        upload(author, new byte[2 * 1024 * 1024 + 10], "huge.jpg", null).statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("media.too-large"));

        // 2001 x 2001 > the test limit of 4,000,000 pixels; a single colour compresses to almost nothing
        upload(author, TestImages.encode(TestImages.plain(2001, 2001, Color.GREEN), "png"), "bomb.png", null)
                .statusCode(400).body("code", equalTo("media.too-many-pixels"));

        author.as().multiPart("altText", "no file").when().post(MEDIA).then().statusCode(400);
    }

    @Test
    void variantsHaveConfiguredWidthsWebpByAcceptStrongETagsAndLongCaching() {
        String id = upload(author, TestImages.encode(TestImages.noise(1200, 900), "jpg"), "p.jpg", null)
                .statusCode(201).extract().path("id");
        String w640 = "/media/" + id + "/w640";

        var jpeg = given().header("Accept", "image/avif,image/*;q=0.8").when().get(w640).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Vary", "Accept").extract();
        BufferedImage decoded = TestImages.decode(jpeg.asByteArray());
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(480);

        var webp = given().header("Accept", "image/avif,image/webp,*/*").when().get(w640).then().statusCode(200)
                .contentType("image/webp").extract();
        assertThat(new String(webp.asByteArray(), 8, 4)).isEqualTo("WEBP");
        String etag = webp.header("ETag");
        assertThat(etag).startsWith("\"").isNotEqualTo(jpeg.header("ETag"));

        given().header("Accept", "image/webp").header("If-None-Match", etag).when().get(w640).then()
                .statusCode(304).header("ETag", etag);
        given().header("Accept", "image/webp").when().get(w640).then().statusCode(200).header("ETag", etag);
        given().when().get("/media/" + id + "/w641").then().statusCode(404);
        given().when().get("/media/not-a-uuid/w640").then().statusCode(404);
    }

    @Test
    void theWatermarkChangesVariantPixelsButNeverTheOriginalAndItsImageCannotBeDeleted() {
        Tokens admin = Accounts.admin();
        String id = upload(author, TestImages.encode(TestImages.plain(800, 600, Color.WHITE), "png"), "w.png", null)
                .statusCode(201).extract().path("id");
        String logoId = upload(admin, TestImages.encode(TestImages.noise(64, 64), "png"), "logo.png", null)
                .statusCode(201).extract().path("id");
        byte[] originalBefore = given().when().get("/media/" + id + "/original").then().extract().asByteArray();
        var plain = given().when().get("/media/" + id + "/w640").then().statusCode(200).extract();

        long version = admin.as().when().get(WATERMARK).then().statusCode(200).extract().<Integer>path("version");
        try {
            version = putWatermark(admin, version, Map.of("enabled", true, "text", "BLOGFLOW", "position", "center",
                    "opacity", 1.0, "scale", 0.5));
            var marked = given().when().get("/media/" + id + "/w640").then().statusCode(200).extract();
            assertThat(marked.header("ETag")).isNotEqualTo(plain.header("ETag"));
            assertThat(differingPixels(TestImages.decode(plain.asByteArray()), TestImages.decode(marked.asByteArray())))
                    .isGreaterThan(100);
            assertThat(given().when().get("/media/" + id + "/original").then().extract().asByteArray())
                    .isEqualTo(originalBefore);

            var imageMark = new HashMap<String, Object>(Map.of("enabled", true, "imageId", logoId, "opacity", 0.8));
            version = putWatermark(admin, version, imageMark);
            String logoEtag = admin.as().when().get(MEDIA + "/" + logoId).then().extract().header("ETag");
            admin.as().header("If-Match", logoEtag).when().delete(MEDIA + "/" + logoId).then().statusCode(409)
                    .body("code", equalTo("media.in-use"));
        } finally {
            putWatermark(admin, version, Map.of("enabled", false));
        }
        admin.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + logoId).then().statusCode(204);
    }

    @Test
    void altTextIsChangedWithIfMatchByItsUploaderOnly() {
        String location = upload(author, TestImages.encode(TestImages.noise(50, 40), "gif"), "g.gif", null)
                .statusCode(201).body("mimeType", equalTo("image/gif")).extract().header("Location");
        String patch = "{\"altText\":\"A tiny animation\",\"cdnUrl\":\"https://cdn.example.com/g.gif\"}";

        author.as().contentType(ContentType.JSON).body(patch).when().patch(location).then().statusCode(428);
        author.as().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(patch).when().patch(location)
                .then().statusCode(412);
        Accounts.author().as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(patch).when()
                .patch(location).then().statusCode(403);
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"altText\":\"" + "a".repeat(301) + "\"}").when().patch(location).then().statusCode(400)
                .body("errors.field", hasItem("altText"));
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(patch).when()
                .patch(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("altText", equalTo("A tiny animation")).body("cdnUrl", equalTo("https://cdn.example.com/g.gif"));
        author.as().when().get(location).then().statusCode(200).body("altText", equalTo("A tiny animation"));
    }

    @Test
    void deletedMediaIsGoneWithItsRenditionsAndListsArePagedAndFiltered() {
        String id = upload(author, TestImages.encode(TestImages.noise(400, 300), "png"), "d.png", null)
                .statusCode(201).extract().path("id");
        given().when().get("/media/" + id + "/w320").then().statusCode(200);

        var list = author.as().queryParam("type", "image/png").queryParam("size", 1).when().get(MEDIA).then()
                .statusCode(200).body("size", equalTo(1)).body("items[0].mimeType", equalTo("image/png")).extract();
        assertThat(list.headers().getValues("Link")).anyMatch(link -> link.endsWith("rel=\"next\""));
        author.as().queryParam("type", "image/svg+xml").when().get(MEDIA).then().statusCode(400);

        author.as().header("If-Match", "\"0\"").when().delete(MEDIA + "/" + id).then().statusCode(204);
        author.as().when().get(MEDIA + "/" + id).then().statusCode(404).body("code", equalTo("media-not-found"));
        given().when().get("/media/" + id + "/original").then().statusCode(404);
        given().when().get("/media/" + id + "/w320").then().statusCode(404);
    }

    /** A multipart upload sent as an input stream of unknown length: the client sends it chunked. */
    private static HttpResponse<String> uploadChunked(Tokens who, byte[] file) throws Exception {
        String boundary = "chunked-upload-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nStreamed\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + MEDIA))
                .header("Authorization", "Bearer " + who.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static io.restassured.response.ValidatableResponse upload(Tokens who, byte[] bytes, String filename,
                                                                      String altText) {
        var request = who.as().multiPart("file", filename, bytes, "image/png");
        if (altText != null) {
            request = request.multiPart("altText", altText);
        }
        return request.when().post(MEDIA).then();
    }

    private static long putWatermark(Tokens admin, long version, Map<String, Object> body) {
        ExtractableResponse<Response> saved = admin.as().contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body).when().put(WATERMARK).then().statusCode(200)
                .extract();
        return saved.<Integer>path("version");
    }

    /** The path of an absolute URL the API answered (RestAssured's base is the test server). */
    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
