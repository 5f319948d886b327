package io.blogflow.blog.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review gate for AI-generated text, on (the default): authors' publishing waits for an editor's approval. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReviewGateApiTest {

    @Inject
    AdjustableClock clock;

    @Inject
    PublishDuePostsUseCase publishing;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void anAuthorsAiPostWaitsInReviewUntilAnEditorApprovesThenTheAuthorPublishes() {
        Tokens author = Accounts.author();
        Tokens editor = editor();
        String post = ReviewGate.create(author, true);

        ReviewGate.move(author, post, "publish", 0).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("pending_review")).body("review.required", equalTo(true))
                .body("review.approvedBy", nullValue()).body("publishedAt", nullValue());
        ReviewGate.move(editor, post, "approve", 1).statusCode(200)
                .body("status", equalTo("pending_review")).body("review.required", equalTo(false))
                .body("review.approvedAt", notNullValue()).body("review.approvedBy", equalTo(id(editor)));
        ReviewGate.move(author, post, "publish", 2).statusCode(200).body("status", equalTo("published"));

        String slug = author.as().when().get(post).then().extract().path("slug");
        RestAssured.given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                .body("aiGenerated", equalTo(true)).body("review", nullValue()).body("$", org.hamcrest.Matchers
                        .not(org.hamcrest.Matchers.hasKey("approvedBy")));
        auditEntries("post.approve", post).body("total", equalTo(1));
    }

    @Test
    void editingTheTextAfterTheApprovalSendsTheNextPublishToReviewAgainButMetadataEditsDoNot() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, true);
        ReviewGate.move(editor(), post, "approve", 0).statusCode(200).body("status", equalTo("draft"));

        patch(author, post, 1, Map.of("metaDescription", "A better description")).statusCode(200)
                .body("review.required", equalTo(false));
        patch(author, post, 2, Map.of("contentMarkdown", "Rewritten by a model")).statusCode(200)
                .body("review.required", equalTo(true)).body("review.approvedAt", nullValue());

        ReviewGate.move(author, post, "publish", 3).statusCode(200).body("status", equalTo("pending_review"));
    }

    @Test
    void anEditorPublishingAnAiPostPublishesItAndRecordsTheApproval() {
        Tokens editor = editor();
        String post = ReviewGate.create(Accounts.author(), true);

        ReviewGate.move(editor, post, "publish", 0).statusCode(200).body("status", equalTo("published"))
                .body("review.approvedBy", equalTo(id(editor))).body("review.required", equalTo(false));
    }

    @Test
    void postsNotGeneratedByAiPublishAsBefore() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, false);

        ReviewGate.move(author, post, "publish", 0).statusCode(200).body("status", equalTo("published"))
                .body("review.required", equalTo(false));
    }

    @Test
    void theSchedulerPublishesApprovedAiPostsAndSendsOnesEditedSinceTheApprovalToReview() {
        Tokens author = Accounts.author();
        Tokens editor = editor();
        String kept = ReviewGate.create(author, true);
        String edited = ReviewGate.create(author, true);
        Instant at = Instant.now().plus(Duration.ofHours(1));
        for (String post : new String[] {kept, edited}) {
            ReviewGate.move(editor, post, "approve", 0).statusCode(200);
            schedule(author, post, 1, at).statusCode(200).body("status", equalTo("scheduled"));
        }
        patch(author, edited, 2, Map.of("title", "A new AI title")).statusCode(200).body("status", equalTo("scheduled"))
                .body("review.required", equalTo(true));

        clock.advance(Duration.ofHours(2));
        publishing.publishDue();

        author.as().when().get(kept).then().body("status", equalTo("published"));
        author.as().when().get(edited).then().body("status", equalTo("pending_review"))
                .body("scheduledAt", nullValue()).body("publishedAt", nullValue());
        auditEntries("post.held-for-review", edited).body("total", equalTo(1));
    }

    @Test
    void anAuthorSchedulingAnUnapprovedAiPostSendsItToReview() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, true);

        schedule(author, post, 0, Instant.now().plus(Duration.ofHours(1))).statusCode(200)
                .body("status", equalTo("pending_review")).body("scheduledAt", nullValue());
    }

    @Test
    void onlyEditorsApproveAndOnlyPostsNotYetPublished() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, true);

        ReviewGate.move(author, post, "approve", 0).statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("move-not-allowed"));
        Tokens editor = editor();
        ReviewGate.move(editor, post, "publish", 0).statusCode(200);
        ReviewGate.move(editor, post, "approve", 1).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("illegal-transition"));
    }

    @Test
    void onlyEditorsWithdrawTheAiDisclosure() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, true);

        patch(author, post, 0, Map.of("aiGenerated", false)).statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("ai-generated.editor-only"));
        patch(editor(), post, 0, Map.of("aiGenerated", false)).statusCode(200).body("aiGenerated", equalTo(false));
    }

    private static Tokens editor() {
        return Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
    }

    private static String id(Tokens who) {
        return who.as().when().get("/api/v1/me").then().extract().path("id");
    }

    private static ValidatableResponse auditEntries(String action, String post) {
        return Accounts.admin().as().queryParam("action", action)
                .queryParam("targetId", post.substring(post.lastIndexOf('/') + 1))
                .when().get("/api/v1/admin/audit-log").then();
    }

    private static ValidatableResponse patch(Tokens who, String post, long version, Map<String, Object> changes) {
        return who.as().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body(changes).when().patch(post).then();
    }

    private static ValidatableResponse schedule(Tokens who, String post, long version, Instant at) {
        return who.as().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("scheduledAt", at.toString())).when().post(post + "/schedule").then();
    }

    /** Posts ready to publish and the moves on them, shared with the gate-off test. */
    static final class ReviewGate {

        private ReviewGate() {
        }

        static String create(Tokens author, boolean aiGenerated) {
            Map<String, Object> body = new HashMap<>(Map.of("title", "Gate " + UUID.randomUUID(),
                    "contentMarkdown", "Written by a model", "metaDescription", "About it"));
            body.put("aiGenerated", aiGenerated);
            return author.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/posts")
                    .then().statusCode(201).extract().header("Location");
        }

        static ValidatableResponse move(Tokens who, String post, String action, long version) {
            return who.as().header("If-Match", "\"" + version + "\"").when().post(post + "/" + action).then();
        }
    }
}
