package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SyndicationApiTest {

    @Inject
    Clock clock;

    private Tokens author;

    @BeforeEach
    void logIn() {
        author = Accounts.author();
    }

    @Test
    void theSitemapListsPublishedPostsWithTheirLastChangeAndNeverDraftsOrTrashedPosts() throws Exception {
        Post published = publish(draft("Sitemapped"));
        Post draft = draft("Sitemap draft");
        Post trashed = publish(draft("Sitemap trashed"));
        author.as().header("If-Match", "\"1\"").when().delete(trashed.location()).then().statusCode(204);

        String xml = given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .header("Cache-Control", containsString("max-age=300")).header("Cache-Control", containsString("public"))
                .extract().asString();
        Document sitemap = parse(xml);

        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(text(sitemap, "//*[local-name()='url'][*[local-name()='loc']='" + published.permalink()
                + "']/*[local-name()='lastmod']")).isEqualTo(published.lastmod(author));
        assertThat(xml).doesNotContain(draft.slug()).doesNotContain(trashed.slug());
    }

    @Test
    void sitemapPagesAreNumberedFromOneAndAPageBeyondTheLastIsNotFound() throws Exception {
        Post post = publish(draft("Paged"));

        Document page = parse(given().when().get("/sitemaps/posts-1.xml").then().statusCode(200).extract().asString());

        assertThat(list(page, "//*[local-name()='loc']")).contains(post.permalink());
        given().when().get("/sitemaps/posts-999999.xml").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("sitemap-page-not-found"));
        given().when().get("/sitemaps/posts-0.xml").then().statusCode(404);
        given().when().get("/sitemaps/posts-x.xml").then().statusCode(404);
    }

    @Test
    void theSitemapRevalidatesWith304UntilAnotherPostIsPublished() {
        publish(draft("Revalidated"));
        String etag = given().when().get("/sitemap.xml").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/sitemap.xml").then().statusCode(304)
                .header("ETag", etag);
        publish(draft("Invalidating"));
        given().header("If-None-Match", etag).when().get("/sitemap.xml").then().statusCode(200);
    }

    @Test
    void theSiteFeedsAreValidRssAndAtomWithFullContentTagsAndEscapedTitles() throws Exception {
        String title = "Fish & <Chips> " + UUID.randomUUID().toString().substring(0, 8);
        Post post = draft(title);
        tag(post, "Food " + post.suffix(), "Frying " + post.suffix());
        publish(post);

        String rss = given().when().get("/feeds/rss.xml").then().statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .header("Cache-Control", containsString("max-age=300")).extract().asString();
        assertThat(rss).contains("Fish &amp; &lt;Chips&gt;").contains("<content:encoded>")
                .contains("<atom:link").contains("rel=\"self\"").contains("/feeds/rss.xml").contains("<lastBuildDate>");
        SyndEntry item = entryTitled(new SyndFeedInput().build(new StringReader(rss)), title);
        assertThat(item.getLink()).isEqualTo(post.permalink());
        assertThat(item.getUri()).isEqualTo(post.permalink());
        assertThat(item.getDescription().getValue()).isEqualTo("Crisp batter.");
        assertThat(item.getContents().get(0).getValue()).isEqualTo("<p>Crisp <strong>batter</strong>.</p>");
        assertThat(item.getCategories()).extracting(SyndCategory::getName)
                .containsExactly("Food " + post.suffix(), "Frying " + post.suffix());
        assertThat(item.getPublishedDate()).isNotNull();

        String atom = given().when().get("/feeds/atom.xml").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        assertThat(atom).contains("Fish &amp; &lt;Chips&gt;").contains("<content type=\"html\">");
        SyndEntry entry = entryTitled(new SyndFeedInput().build(new StringReader(atom)), title);
        assertThat(entry.getUri()).isEqualTo(post.permalink());
        assertThat(entry.getLink()).isEqualTo(post.permalink());
        assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(post.updatedAt(author).truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>Crisp <strong>batter</strong>.</p>");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("Food " + post.suffix());
    }

    @Test
    void anRssDescriptionReadsAsTheExcerptsTextInAReaderThatTakesItAsHtml() throws Exception {
        String excerpt = "print('naïve ✓ <tag> & \"q\"')";
        String title = "Code " + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "contentMarkdown", "Code.", "metaDescription", "Code.",
                        "excerpt", excerpt))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);

        String rss = given().when().get("/feeds/rss.xml").then().statusCode(200).extract().asString();
        String description = entryTitled(new SyndFeedInput().build(new StringReader(rss)), title)
                .getDescription().getValue();

        assertThat(org.jsoup.Jsoup.parse(description).text()).isEqualTo(excerpt);
    }

    @Test
    void feedsCarryCodeNonLatinTextAndAbsoluteLinksAndNameAStylesheetThatMakesThemAPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Ñandú: 中文 and Ελληνικά " + suffix;
        String markdown = """
                Ελληνικά, 中文 and русский.

                See [the other post](/other-post), [a section](#how) and ![a chart](/images/chart.png).

                ```
                if (a < b && c == "q") { return 'ok'; }
                ```
                """;
        String location = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "slug", "seo-fixture-" + suffix, "contentMarkdown", markdown,
                        "metaDescription", "Fixture.", "excerpt", "Code <b> & \"quotes\", 中文."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        String permalink = "http://localhost:8080/seo-fixture-" + suffix;

        for (String format : List.of("rss.xml", "atom.xml")) {
            String xml = given().when().get("/feeds/" + format).then().statusCode(200).extract().asString();
            assertThat(xml).as(format).contains("<?xml-stylesheet").contains("href=\"/feeds/feed.xsl\"");
            SyndEntry entry = entryTitled(new SyndFeedInput().build(new StringReader(xml)), title);
            String html = entry.getContents().get(0).getValue();
            assertThat(html).as(format).contains("href=\"http://localhost:8080/other-post\"")
                    .contains("href=\"" + permalink + "#how\"")
                    .contains("src=\"http://localhost:8080/images/chart.png\"")
                    .contains("Ελληνικά, 中文 and русский")
                    .doesNotContain("href=\"/").doesNotContain("src=\"/");
            assertThat(org.jsoup.Jsoup.parse(html).select("code").text()).as(format)
                    .isEqualTo("if (a < b && c == \"q\") { return 'ok'; }");
            // RSS: the excerpt escaped as HTML (readers take it as HTML); Atom: a plain-text summary
            String description = entry.getDescription().getValue();
            assertThat(format.equals("rss.xml") ? org.jsoup.Jsoup.parse(description).text() : description)
                    .as(format).isEqualTo("Code <b> & \"quotes\", 中文.");
            assertThat(entry.getAuthor()).as(format + ": the post's author").isEqualTo("Test author");
        }
        String atom = given().when().get("/feeds/atom.xml").then().statusCode(200).extract().asString();
        assertThat(atom).contains("xml:base=\"http://localhost:8080/\"").contains("xml:base=\"" + permalink + "\"");

        String stylesheet = given().when().get("/feeds/feed.xsl").then().statusCode(200)
                .contentType(startsWith("text/xsl")).extract().asString();
        for (String format : List.of("rss.xml", "atom.xml")) {
            String page = asPage(stylesheet, given().when().get("/feeds/" + format).then().extract().asString());
            assertThat(org.jsoup.Jsoup.parse(page).select("article h2 a").eachText()).as(format).contains(title);
            assertThat(org.jsoup.Jsoup.parse(page).select("a[href=" + permalink + "]")).as(format).isNotEmpty();
        }
    }

    /** What a browser shows: the feed through its XSL stylesheet. */
    private static String asPage(String stylesheet, String feed) throws Exception {
        var transformer = javax.xml.transform.TransformerFactory.newInstance()
                .newTransformer(new javax.xml.transform.stream.StreamSource(new StringReader(stylesheet)));
        var out = new java.io.StringWriter();
        transformer.transform(new javax.xml.transform.stream.StreamSource(new StringReader(feed)),
                new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }

    @Test
    void aTagFeedListsOnlyPublishedPostsWithThatTag() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Post tagged = draft("Tagged " + suffix);
        tag(tagged, "Feedtag " + suffix);
        publish(tagged);
        Post untagged = publish(draft("Untagged " + suffix));
        Post taggedDraft = draft("Tagged draft " + suffix);
        tag(taggedDraft, "Feedtag " + suffix);

        for (String format : List.of("rss.xml", "atom.xml")) {
            String body = given().when().get("/feeds/tags/feedtag-" + suffix + "/" + format).then().statusCode(200)
                    .extract().asString();
            SyndFeed feed = new SyndFeedInput().build(new StringReader(body));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Tagged " + suffix);
            assertThat(feed.getTitle()).contains("Feedtag " + suffix);
            assertThat(body).contains("/feeds/tags/feedtag-" + suffix + "/" + format).doesNotContain(untagged.slug());
        }
        given().when().get("/feeds/tags/no-such-tag-" + suffix + "/rss.xml").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("tag-not-found"));
        given().when().get("/feeds/tags/Not_A_Slug/atom.xml").then().statusCode(404);
    }

    @Test
    void feedsRevalidateWith304AndChangeWhenAListedPostIsRetagged() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Post post = draft("Retagged " + suffix);
        tag(post, "Before " + suffix);
        publish(post);
        String etag = given().when().get("/feeds/atom.xml").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/feeds/atom.xml").then().statusCode(304);
        tag(post, "After " + suffix);
        given().header("If-None-Match", etag).when().get("/feeds/atom.xml").then().statusCode(200)
                .body(containsString("After " + suffix));
    }

    @Test
    void theJsonLdOfAPublishedPostIsASchemaOrgBlogPosting() {
        Post post = draft("Structured " + UUID.randomUUID().toString().substring(0, 8));
        tag(post, "Schema " + post.suffix());
        Instant beforePublishing = clock.instant();
        publish(post);
        Instant afterPublishing = clock.instant();
        String base = "/api/v1/public/posts/by-slug/" + post.slug() + "/json-ld";

        var answer = given().when().get(base).then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("Cache-Control", containsString("max-age=300"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("BlogPosting"))
                .body("headline", equalTo(post.title()))
                .body("description", equalTo("Fried, briefly."))
                .body("url", equalTo(post.permalink()))
                .body("mainEntityOfPage.'@id'", equalTo(post.permalink()))
                .body("dateModified", equalTo(post.updatedAt(author).toString()))
                .body("wordCount", equalTo(2))
                .body("keywords", equalTo(List.of("Schema " + post.suffix())))
                .body("publisher.'@type'", equalTo("Organization"))
                .body("publisher.name", equalTo("blogflow"))
                .body("publisher.logo.'@type'", equalTo("ImageObject"))
                .body("publisher.logo.url", equalTo(post.permalink().replace("/" + post.slug(), "/logo.png")))
                .body("author.'@type'", equalTo("Person"))
                .body("author.name", equalTo("Test author"))
                .body("inLanguage", equalTo("en"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("image")))
                .extract();
        assertThat(Instant.parse(answer.<String>path("datePublished"))).as("published by the application clock")
                .isBetween(beforePublishing, afterPublishing);
        given().header("If-None-Match", answer.header("ETag")).when().get(base).then().statusCode(304);
    }

    @Test
    void theJsonLdOfAnOldSlugMovesAndAnUnknownSlugIsNotFound() {
        Post post = publish(draft("Renamed " + UUID.randomUUID().toString().substring(0, 8)));
        String newSlug = post.slug() + "-moved";
        author.as().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("title", post.title(), "slug", newSlug, "contentMarkdown", "Crisp **batter**.",
                        "metaDescription", "Fried, briefly."))
                .when().put(post.location()).then().statusCode(200);

        given().redirects().follow(false).when().get("/api/v1/public/posts/by-slug/" + post.slug() + "/json-ld")
                .then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/by-slug/" + newSlug + "/json-ld"));
        given().when().get("/api/v1/public/posts/by-slug/no-such-" + newSlug + "/json-ld").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("post-not-found"));
        Post draft = draft("Unpublished structure");
        given().when().get("/api/v1/public/posts/by-slug/" + draft.slug() + "/json-ld").then().statusCode(404);
    }

    @Test
    void robotsTxtOpensThePublicApiClosesTheRestAndNamesTheSitemap() {
        String robots = given().when().get("/robots.txt").then().statusCode(200)
                .contentType(startsWith("text/plain")).header("Cache-Control", containsString("max-age=300"))
                .extract().asString();

        assertThat(robots.lines()).containsSubsequence("User-agent: *", "Allow: /api/v1/public/", "Disallow: /api/",
                "Disallow: /q/", "Sitemap: http://localhost:8080/sitemap.xml");
        String etag = given().when().get("/robots.txt").then().extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/robots.txt").then().statusCode(304);
    }

    /** A post created through the API: its location, title and slug. */
    private record Post(String location, String title, String slug) {

        String permalink() {
            return "http://localhost:8080/" + slug;
        }

        String suffix() {
            return slug.substring(slug.length() - 8);
        }

        Instant updatedAt(Tokens author) {
            return Instant.parse(author.as().when().get(location).then().statusCode(200).extract()
                    .<String>path("updatedAt"));
        }

        String lastmod(Tokens author) {
            return updatedAt(author).truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    private Post draft(String title) {
        String slug = "seo-" + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", title, "slug", slug, "contentMarkdown", "Crisp **batter**.",
                        "metaDescription", "Fried, briefly.", "excerpt", "Crisp batter."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        return new Post(location, title, slug);
    }

    private Post publish(Post post) {
        author.as().header("If-Match", "\"0\"").when().post(post.location() + "/publish").then().statusCode(200);
        return post;
    }

    private void tag(Post post, String... tags) {
        author.as().contentType(ContentType.JSON).body(Map.of("tags", List.of(tags)))
                .when().put(post.location() + "/tags").then().statusCode(200);
    }

    private static SyndEntry entryTitled(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(entry -> entry.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry titled " + title));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    private static List<String> list(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
