package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostLifecycleApiTest {

    private static final String POSTS = "/api/v1/posts";

    @Inject
    AdjustableClock clock;

    @Inject
    PublishDuePostsUseCase publishing;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void publishingNeedsContentAndAMetaDescriptionThenSetsThePublicationDate() {
        Tokens author = Accounts.author();
        String post = create(author, Map.of("title", "Not ready"));

        move(author, post, "publish", "\"0\"").statusCode(400)
                .body("errors.field", equalTo(List.of("contentMarkdown", "metaDescription")));
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "Ready", "contentMarkdown", "# Body", "metaDescription", "What it is about."))
                .when().put(post).then().statusCode(200);

        move(author, post, "publish", "\"1\"").statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue());
    }

    @Test
    void contributorsSubmitForReviewAndEditorsPublish() {
        Tokens contributor = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String post = create(contributor, ready("A contribution"));

        move(contributor, post, "publish", "\"0\"").statusCode(403).body("code", equalTo("move-not-allowed"));
        move(contributor, post, "submit-for-review", "\"0\"").statusCode(200).body("status", equalTo("pending_review"));
        move(editor, post, "publish", "\"1\"").statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void impossibleMovesAreConflictsAndStaleOrMissingVersionsArePreconditionFailures() {
        Tokens author = Accounts.author();
        String post = create(author, ready("Moves"));

        move(author, post, "archive", "\"0\"").statusCode(409).body("code", equalTo("illegal-transition"));
        move(author, post, "publish", "\"9\"").statusCode(412).body("currentVersion", equalTo(0));
        move(author, post, "publish", null).statusCode(428);
        move(author, post, "publish", "\"0\"").statusCode(200);
        move(author, post, "unpublish", "\"1\"").statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void aScheduledPostIsPublishedWhenItsTimeComesAndNotBefore() {
        Tokens author = Accounts.author();
        String post = create(author, ready("Tomorrow"));
        Instant at = Instant.now().plus(Duration.ofHours(1));

        schedule(author, post, Instant.now().minusSeconds(60)).statusCode(400);
        schedule(author, post, at).statusCode(200).body("status", equalTo("scheduled"));
        publishing.publishDue();
        author.as().when().get(post).then().body("status", equalTo("scheduled"));

        clock.advance(Duration.ofHours(2));
        publishing.publishDue();

        author.as().when().get(post).then().body("status", equalTo("published"))
                .body("scheduledAt", equalTo(null));
    }

    @Test
    void twoSchedulersRunningAtOncePublishEveryDuePostExactlyOnce() throws Exception {
        Tokens author = Accounts.author();
        List<String> scheduled = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String post = create(author, ready("Race " + i));
            schedule(author, post, Instant.now().plus(Duration.ofMinutes(5))).statusCode(200);
            scheduled.add(post);
        }
        clock.advance(Duration.ofMinutes(10));

        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> schedulers = List.of(publishing::publishDue, publishing::publishDue);
        int published = 0;
        for (var result : pool.invokeAll(schedulers)) {
            published += result.get();
        }
        pool.shutdown();

        assertThat(published).isGreaterThanOrEqualTo(scheduled.size());
        Tokens admin = Accounts.admin();
        for (String post : scheduled) {
            author.as().when().get(post).then().body("status", equalTo("published"));
            String id = post.substring(post.lastIndexOf('/') + 1);
            admin.as().queryParam("action", "post.published-as-scheduled").queryParam("targetId", id)
                    .when().get("/api/v1/admin/audit-log").then().body("total", equalTo(1));
        }
    }

    private static Map<String, Object> ready(String title) {
        return Map.of("title", title, "contentMarkdown", "Body of " + title, "metaDescription", "About " + title);
    }

    private static String create(Tokens author, Map<String, Object> body) {
        return author.as().contentType(ContentType.JSON).body(body).when().post(POSTS)
                .then().statusCode(201).extract().header("Location");
    }

    private static ValidatableResponse move(Tokens who, String post, String action, String ifMatch) {
        var request = who.as();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(post + "/" + action).then();
    }

    private static ValidatableResponse schedule(Tokens who, String post, Instant at) {
        String version = who.as().when().get(post).then().extract().header("ETag");
        return who.as().contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("scheduledAt", at.toString())).when().post(post + "/schedule").then();
    }
}
