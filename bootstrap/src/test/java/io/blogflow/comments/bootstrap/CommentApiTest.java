package io.blogflow.comments.bootstrap;

import static io.blogflow.shared.bootstrap.GreenMailTestResource.awaitMail;
import static io.blogflow.shared.bootstrap.GreenMailTestResource.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.GreenMailTestResource;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class CommentApiTest {

    private static final String QUEUE = "/api/v1/comments";

    @Inject
    AdjustableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    @Any
    Instance<PersonalDataHolder> personalData;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void anAnonymousCommentAwaitsModerationThenAppearsWithoutItsEmail() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Tides and comments");
        String email = "ada-" + UUID.randomUUID() + "@example.org";

        String id = submit(post, comment("Ada", email, "Lovely *tides*.", null)).statusCode(201)
                .body("state", equalTo("pending")).body("message", equalTo("Your comment awaits moderation."))
                .body("bodyHtml", equalTo("<p>Lovely <em>tides</em>.</p>")).extract().path("id");
        thread(post).statusCode(200).body("items", hasSize(0)).body("approvedCount", equalTo(0));

        author.as().queryParam("state", "pending").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id))).body("items[0].authorEmail", equalTo(email))
                .body("items[0].postTitle", startsWith("Tides and comments"));
        author.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.type", hasItem("comment.new"));
        author.as().when().post(QUEUE + "/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("approved"));

        String json = thread(post).statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].authorName", equalTo("Ada")).body("approvedCount", equalTo(1))
                .extract().asString();
        assertThat(json).doesNotContain(email).doesNotContain("authorEmail");
        Accounts.admin().as().queryParam("action", "comment.approve").queryParam("targetId", id)
                .when().get("/api/v1/admin/audit-log").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theThreadAnswers304UntilItsCommentsChange() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Cached tides");
        approve(author, submitOk(post, comment("Ada", newEmail(), "First!", null)));
        String etag = thread(post).statusCode(200).extract().header("ETag");

        Accounts.fromSomewhere().header("If-None-Match", etag).when()
                .get("/api/v1/public/posts/" + post + "/comments").then().statusCode(304);
        String second = submitOk(post, comment("Bob", newEmail(), "Second!", null));
        Accounts.fromSomewhere().header("If-None-Match", etag).when()
                .get("/api/v1/public/posts/" + post + "/comments").then().statusCode(200);
        approve(author, second);
        assertThat(thread(post).statusCode(200).body("items", hasSize(2)).extract().header("ETag"))
                .isNotEqualTo(etag);
    }

    @Test
    void repliesNestUpToTheDepthLimitAndATrashedParentLeavesATombstone() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Threaded tides");
        String root = approve(author, submitOk(post, comment("Ada", newEmail(), "Root", null)));
        String reply = approve(author, submitOk(post, comment("Bob", newEmail(), "Reply", root)));
        String third = approve(author, submitOk(post, comment("Cy", newEmail(), "Third", reply)));
        submit(post, comment("Di", newEmail(), "Too deep", third)).statusCode(400)
                .body("errors[0].field", equalTo("parentId")).body("errors[0].code", equalTo("parentId.too-deep"));
        submit(post, comment("Di", newEmail(), "Orphan", UUID.randomUUID().toString())).statusCode(400)
                .body("errors[0].code", equalTo("parentId.not-found"));

        thread(post).statusCode(200).body("items[0].replies[0].id", equalTo(reply))
                .body("items[0].replies[0].replies[0].id", equalTo(third));
        author.as().when().post(QUEUE + "/" + root + "/trash").then().statusCode(200).body("state", equalTo("trash"));

        thread(post).statusCode(200).body("items[0].id", equalTo(root)).body("items[0].deleted", equalTo(true))
                .body("items[0].authorName", nullValue()).body("items[0].bodyHtml", nullValue())
                .body("items[0].replies[0].id", equalTo(reply)).body("approvedCount", equalTo(2));
        author.as().when().post(QUEUE + "/" + root + "/restore").then().statusCode(200)
                .body("state", equalTo("approved"));
        thread(post).statusCode(200).body("items[0].deleted", equalTo(false));
    }

    @Test
    void threadsArePagedByTopLevelCommentOldestOrNewestFirst() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Paged tides");
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            roots.add(approve(author, submitOk(post, comment("Reader " + i, newEmail(), "Comment " + i, null))));
            clock.advance(Duration.ofSeconds(1));
        }
        approve(author, submitOk(post, comment("Replier", newEmail(), "A reply", roots.get(0))));

        List<String> links = Accounts.fromSomewhere().queryParam("size", 2).when()
                .get("/api/v1/public/posts/" + post + "/comments").then().statusCode(200)
                .body("items.id", equalTo(roots.subList(0, 2))).body("total", equalTo(3))
                .body("items[0].replies", hasSize(1)).extract().headers().getValues("Link");
        assertThat(links).anyMatch(link -> link.contains("rel=\"next\""));
        Accounts.fromSomewhere().queryParam("order", "newest").queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/public/posts/" + post + "/comments").then().statusCode(200)
                .body("items.id", equalTo(List.of(roots.get(0))));
        Accounts.fromSomewhere().queryParam("order", "sideways").when()
                .get("/api/v1/public/posts/" + post + "/comments").then().statusCode(400)
                .body("errors[0].field", equalTo("order"));
    }

    @Test
    void spamRulesSendCommentsToTheSpamQueueWithTheirReasons() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Spammy tides");
        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("words", List.of("Casino"),
                        "domains", List.of("spam.example"), "addresses", List.of()))
                .when().put("/api/v1/admin/comments/blocklist").then().statusCode(200)
                .body("words", equalTo(List.of("casino")));

        Map<String, Object> honeypot = comment("Bot", newEmail(), "Nice", null);
        honeypot.put("homepage", "http://bot.example");
        submit(post, honeypot).statusCode(201).body("state", equalTo("pending"));
        Map<String, Object> noToken = comment("Bot", newEmail(), "No token here", null);
        noToken.remove("formToken");
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(noToken)
                .when().post("/api/v1/public/posts/" + post + "/comments").then().statusCode(201);
        Map<String, Object> tooFast = comment("Bot", newEmail(), "Quick one", null);
        tooFast.put("formToken", formToken(post));
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(tooFast)
                .when().post("/api/v1/public/posts/" + post + "/comments").then().statusCode(201);
        submit(post, comment("Bot", newEmail(), "a https://a.example b https://b.example c https://c.example", null))
                .statusCode(201);
        submit(post, comment("Bot", newEmail(), "Win at the casino", null)).statusCode(201);
        submit(post, comment("Bot", newEmail(), "see [here](https://www.spam.example/x)", null)).statusCode(201);
        submitOk(post, comment("Ann", newEmail(), "A unique remark " + UUID.randomUUID(), null));
        String copied = "Same words everywhere " + UUID.randomUUID();
        submitOk(post, comment("Ann", newEmail(), copied, null));
        submit(post, comment("Bot", newEmail(), copied.toUpperCase(), null)).statusCode(201);

        List<List<String>> reasons = author.as().queryParam("state", "spam").queryParam("postId", post)
                .queryParam("size", 50).when().get(QUEUE).then().statusCode(200).extract().jsonPath()
                .getList("items.spamReasons");
        assertThat(reasons).flatExtracting(r -> r).contains("honeypot", "form-token-invalid", "too-fast",
                "too-many-links", "blocklist-word", "blocklist-domain", "duplicate");
        author.as().queryParam("state", "pending").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("total", equalTo(2));
        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("words", List.of(), "domains", List.of(),
                "addresses", List.of())).when().put("/api/v1/admin/comments/blocklist").then().statusCode(200);
    }

    @Test
    void visitorsAndAddressesAreRateLimited() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Busy tides");
        String visitor = UUID.randomUUID().toString();
        List<Map<String, Object>> notes = readied(post, 6, "Ada");
        for (int i = 0; i < 5; i++) {
            submit(post, notes.get(i), visitor).statusCode(201);
        }
        submit(post, notes.get(5), visitor).statusCode(429)
                .header("Retry-After", not(nullValue())).body("code", equalTo("too-many-requests"));

        String ip = "10.250." + (int) (Math.random() * 250) + ".7";
        List<Map<String, Object>> fromOneAddress = readied(post, 21, "Ann");
        for (int i = 0; i < 20; i++) {
            submitFrom(ip, post, fromOneAddress.get(i)).statusCode(201);
        }
        submitFrom(ip, post, fromOneAddress.get(20)).statusCode(429);
    }

    /**
     * Comments whose form tokens are old enough, made with one move of the clock: moving it per comment would also
     * refill the rate limits under test.
     */
    private List<Map<String, Object>> readied(String post, int count, String name) {
        List<Map<String, Object>> comments = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> comment = comment(name, newEmail(), name + "'s note " + i, null);
            comment.put("formToken", formToken(post));
            comments.add(comment);
        }
        clock.advance(Duration.ofSeconds(5));
        return comments;
    }

    @Test
    void badInputIsAProblemWithEveryFieldError() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Strict tides");
        submit(post, comment("", "not-an-email", "", null)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("authorName", "authorEmail", "body")));
        Map<String, Object> badUrl = comment("Ada", newEmail(), "Hello", null);
        badUrl.put("authorUrl", "javascript:alert(1)");
        submit(post, badUrl).statusCode(400).body("errors[0].code", equalTo("authorUrl.invalid"));
        Accounts.fromSomewhere().contentType(ContentType.JSON).body(comment("Ada", newEmail(), "Hello", null))
                .when().post("/api/v1/public/posts/" + UUID.randomUUID() + "/comments").then().statusCode(404)
                .body("code", equalTo("post-not-found"));
        String draft = author.as().contentType(ContentType.JSON).body(Map.of("title", "Draft tides",
                        "contentMarkdown", "Body", "metaDescription", "Draft."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + draft + "/comments").then().statusCode(404);
    }

    @Test
    void closedPostsRefuseNewCommentsAndOnlyTheirAuthorOrAnEditorClosesThem() {
        Tokens author = Accounts.author();
        Tokens stranger = Accounts.author();
        String post = publishedPost(author, "Closing tides");
        stranger.as().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/posts/" + post + "/comment-settings").then().statusCode(404);
        author.as().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/posts/" + post + "/comment-settings").then().statusCode(200)
                .body("closed", equalTo(true)).body("open", equalTo(false));

        Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + post + "/comments/form").then()
                .statusCode(200).body("open", equalTo(false));
        submit(post, comment("Ada", newEmail(), "Hello", null)).statusCode(409)
                .body("code", equalTo("comments-closed"));
        thread(post).statusCode(200).body("open", equalTo(false));
    }

    @Test
    void authorsModerateOnlyTheirOwnPostsAndEditorsAllWithBulkActionsAndEdits() {
        Tokens author = Accounts.author();
        Tokens stranger = Accounts.author();
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String post = publishedPost(author, "Moderated tides");
        String first = submitOk(post, comment("Ada", newEmail(), "One", null));
        String second = submitOk(post, comment("Bob", newEmail(), "Two", null));

        stranger.as().when().post(QUEUE + "/" + first + "/approve").then().statusCode(404);
        stranger.as().queryParam("postId", post).when().get(QUEUE).then().statusCode(200)
                .body("total", equalTo(0));
        editor.as().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(first, second, UUID.randomUUID().toString()), "action", "approve"))
                .when().post(QUEUE + "/bulk").then().statusCode(200)
                .body("changed", hasSize(2)).body("notFound", hasSize(1));
        editor.as().contentType(ContentType.JSON).body(Map.of("ids", List.of(first), "action", "approve"))
                .when().post(QUEUE + "/bulk").then().statusCode(200).body("unchanged", equalTo(List.of(first)));
        editor.as().contentType(ContentType.JSON).body(Map.of("ids", List.of(), "action", "approve"))
                .when().post(QUEUE + "/bulk").then().statusCode(400);

        long version = author.as().queryParam("state", "approved").queryParam("postId", post).when().get(QUEUE)
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.id == '" + first
                        + "' }.version");
        author.as().contentType(ContentType.JSON).body(Map.of("body", "One, **corrected**"))
                .when().patch(QUEUE + "/" + first).then().statusCode(428);
        author.as().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 5) + "\"")
                .body(Map.of("body", "One, **corrected**")).when().patch(QUEUE + "/" + first).then()
                .statusCode(412);
        author.as().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("body", "One, **corrected**")).when().patch(QUEUE + "/" + first).then()
                .statusCode(200).body("bodyHtml", equalTo("<p>One, <strong>corrected</strong></p>"));
        author.as().when().post(QUEUE + "/" + second + "/restore").then().statusCode(409)
                .body("code", equalTo("comment-not-restorable"));
        author.as().when().post(QUEUE + "/" + second + "/spam").then().statusCode(200);
        author.as().when().post(QUEUE + "/" + second + "/restore").then().statusCode(200)
                .body("state", equalTo("approved"));
        Accounts.fromSomewhere().when().post(QUEUE + "/" + first + "/approve").then().statusCode(401);
    }

    @Test
    void theApprovedCountStaysExactUnderConcurrentModeration() throws Exception {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Busy moderation");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(submitOk(post, comment("Reader", newEmail(), "Comment number " + i, null)));
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String id : ids) {
                calls.add(() -> author.as().when().post(QUEUE + "/" + id + "/approve").then().extract()
                        .statusCode());
                calls.add(() -> author.as().when().post(QUEUE + "/" + id + "/approve").then().extract()
                        .statusCode());
            }
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isIn(200, 412);
            }
            List<Callable<Integer>> trashes = IntStream.range(0, 8).<Callable<Integer>>mapToObj(i -> () ->
                    author.as().when().post(QUEUE + "/" + ids.get(i) + "/trash").then().extract().statusCode())
                    .toList();
            for (var result : pool.invokeAll(trashes)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        long approved = author.as().queryParam("state", "approved").queryParam("postId", post).when().get(QUEUE)
                .then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(approved).isEqualTo(16);
        thread(post).statusCode(200).body("approvedCount", equalTo(16));
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT approved_count FROM post_comment_counts WHERE post_id = ?::uuid")) {
            statement.setString(1, post);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(16);
            }
        }
    }

    @Test
    void anOptedInCommenterIsEmailedWhenAReplyIsApproved() {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Replied tides");
        String email = "asker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, Object> question = comment("Asker", email, "Any tips?", null);
        question.put("notifyOnReply", true);
        String root = approve(author, submitOk(post, question));
        String reply = submitOk(post, comment("Helper", newEmail(), "Yes: go early.", root));
        assertThat(mailsTo(email)).isEmpty();

        approve(author, reply);

        awaitMail(email, "Helper replied to your comment");
    }

    @Test
    void signedInCommentsAreExportedAndErasedWithTheAccount() {
        String readerEmail = Accounts.newUser("contributor");
        Tokens reader = Accounts.logIn(readerEmail, Accounts.PASSWORD);
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Personal tides");
        String token = formToken(post);
        clock.advance(Duration.ofSeconds(5));
        Map<String, Object> mine = comment("Reader Name", null, "Signed in remark", null);
        mine.put("formToken", token);
        mine.remove("authorEmail");
        String signed = reader.as().contentType(ContentType.JSON).body(mine)
                .when().post("/api/v1/public/posts/" + post + "/comments").then().statusCode(201)
                .extract().path("id");
        String anonymous = submitOk(post, comment("Same Person", readerEmail, "Anonymous remark", null));

        reader.as().when().get("/api/v1/me/export").then().statusCode(200)
                .body("comments.id", equalTo(List.of(signed, anonymous)))
                .body("comments[1].authorEmail", equalTo(readerEmail.toLowerCase()));
        UserId user = new UserId(UUID.fromString(reader.as().when().get("/api/v1/me").then().statusCode(200)
                .extract().path("id")));
        PersonalDataHolder comments = personalData.stream().filter(h -> h.section().equals("comments"))
                .findFirst().orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> comments.erase(user, java.util.Optional.empty()));

        author.as().queryParam("postId", post).when().get(QUEUE).then().statusCode(200)
                .body("items.authorName", equalTo(List.of("Anonymous", "Anonymous")))
                .body("items.authorEmail", equalTo(Arrays.asList(null, null)))
                .body("items.userId", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void theDatabaseRefusesCommentsThatBreakTheRules() throws Exception {
        Tokens author = Accounts.author();
        String post = publishedPost(author, "Constrained tides");
        String insert = """
                INSERT INTO comments (id, post_id, parent_id, root_id, depth, author_name, body, body_html,
                                      body_digest, state, created_at, updated_at)
                VALUES ('%1$s', '%2$s', %3$s, '%1$s', %4$d, 'Ada', 'Hi', '<p>Hi</p>', 'x', '%5$s', now(), now())""";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            String id = UUID.randomUUID().toString();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(
                    insert.formatted(id, post, "NULL", 1, "BOGUS"))).hasMessageContaining("ck_comments_state");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(
                    insert.formatted(id, post, "NULL", 2, "PENDING"))).hasMessageContaining("ck_comments_thread");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(
                    "INSERT INTO post_comment_counts (post_id, approved_count) VALUES ('" + post + "', -1)"))
                    .hasMessageContaining(
                    "ck_post_comment_counts_approved");
        }
    }

    @Test
    void everyCommentEndpointIsDocumentedWithAnOperationIdAndItsProblems() {
        io.restassured.RestAssured.given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/public/posts/{postId}/comments'.get.operationId", equalTo("listPublicComments"))
                .body("paths.'/api/v1/public/posts/{postId}/comments'.post.operationId", equalTo("postComment"))
                .body("paths.'/api/v1/public/posts/{postId}/comments'.post.responses.keySet()",
                        hasItem("429"))
                .body("paths.'/api/v1/public/posts/{postId}/comments/form'.get.operationId",
                        equalTo("getCommentForm"))
                .body("paths.'/api/v1/comments'.get.operationId", equalTo("listCommentsForModeration"))
                .body("paths.'/api/v1/comments/bulk'.post.operationId", equalTo("moderateCommentsInBulk"))
                .body("paths.'/api/v1/comments/{id}'.patch.responses.keySet()", hasItem("428"))
                .body("paths.'/api/v1/admin/comments/blocklist'.put.operationId", equalTo("putCommentBlocklist"))
                .body("paths.'/api/v1/posts/{id}/comment-settings'.put.operationId",
                        equalTo("putCommentSettings"));
    }

    // helpers

    private String publishedPost(Tokens author, String title) {
        String id = author.as().contentType(ContentType.JSON).body(Map.of("title", title + " " + UUID.randomUUID()
                                .toString().substring(0, 6), "contentMarkdown", "# Body\n\nText.",
                        "metaDescription", "What it is about."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        author.as().header("If-Match", "\"0\"").when().post("/api/v1/posts/" + id + "/publish").then()
                .statusCode(200);
        author.as().when().get("/api/v1/posts/" + id).then().statusCode(200);
        return id;
    }

    private Map<String, Object> comment(String name, String email, String body, String parentId) {
        Map<String, Object> map = new HashMap<>();
        map.put("authorName", name);
        map.put("authorEmail", email);
        map.put("body", body);
        map.put("parentId", parentId);
        map.put("formToken", "later");
        return map;
    }

    /** Fetches a form token, waits like a person (the clock moves), then sends the comment. */
    private ValidatableResponse submit(String post, Map<String, Object> comment) {
        return submit(post, comment, null);
    }

    private ValidatableResponse submit(String post, Map<String, Object> comment, String visitor) {
        return send(Accounts.fromSomewhere(), post, comment, visitor);
    }

    private ValidatableResponse submitFrom(String ip, String post, Map<String, Object> comment) {
        return send(io.restassured.RestAssured.given().header("X-Forwarded-For", ip), post, comment, null);
    }

    private ValidatableResponse send(RequestSpecification request, String post, Map<String, Object> comment,
                                     String visitor) {
        if ("later".equals(comment.get("formToken"))) {
            comment.put("formToken", formToken(post));
            clock.advance(Duration.ofSeconds(5));
        }
        if (visitor != null) {
            request.header("X-Visitor-Key", visitor);
        }
        return request.contentType(ContentType.JSON).body(comment)
                .when().post("/api/v1/public/posts/" + post + "/comments").then();
    }

    private String submitOk(String post, Map<String, Object> comment) {
        return submit(post, comment).statusCode(201).body("state", equalTo("pending")).extract().path("id");
    }

    private static String approve(Tokens moderator, String id) {
        moderator.as().when().post(QUEUE + "/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static String formToken(String post) {
        return Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + post + "/comments/form").then()
                .statusCode(200).extract().path("formToken");
    }

    private static ValidatableResponse thread(String post) {
        return Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + post + "/comments").then();
    }

    private static String newEmail() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }
}
