package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.application.port.out.PublishedPosts;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sitemap projections against the real database: pages slice one stable order, and agree with each other. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPublishedPostsTest {

    @Inject
    PublishedPosts published;

    @Inject
    Transactions transactions;

    @Test
    void sitemapPagesAndTheirNewestChangesAgreeWithTheWholeListInPublicationOrder() {
        Tokens author = Accounts.author();
        for (int i = 0; i < 5; i++) {
            String post = author.as().contentType(ContentType.JSON)
                    .body(Map.of("title", "Projected " + i, "contentMarkdown", "Body", "metaDescription", "About"))
                    .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
            author.as().header("If-Match", "\"0\"").when().post(post + "/publish").then().statusCode(200);
        }

        transactions.inTransaction(() -> {
            var snapshot = published.snapshot();
            List<SitemapUrl> all = published.sitemapUrls(0, Integer.MAX_VALUE);
            assertThat((long) all.size()).isEqualTo(snapshot.count());
            assertThat(all.stream().map(SitemapUrl::lastModified).max(Comparator.naturalOrder()))
                    .isEqualTo(snapshot.newestUpdate());

            assertThat(published.sitemapUrls(2, 3)).isEqualTo(all.subList(2, 5));
            List<Instant> expected = new ArrayList<>();
            for (int start = 0; start < all.size(); start += 2) {
                expected.add(all.subList(start, Math.min(start + 2, all.size())).stream()
                        .map(SitemapUrl::lastModified).max(Comparator.naturalOrder()).orElseThrow());
            }
            assertThat(published.newestUpdatePerPage(2)).isEqualTo(expected);
            return null;
        });
    }
}
