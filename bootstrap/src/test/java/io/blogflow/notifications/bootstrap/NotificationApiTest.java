package io.blogflow.notifications.bootstrap;

import static io.blogflow.shared.bootstrap.GreenMailTestResource.awaitMail;
import static io.blogflow.shared.bootstrap.GreenMailTestResource.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.GreenMailTestResource;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class NotificationApiTest {

    private static final String MINE = "/api/v1/me/notifications";

    @Inject
    AdjustableClock clock;

    @Inject
    PublishDuePostsUseCase publishing;

    @TestHTTPResource("/")
    URL base;

    @Inject
    io.blogflow.notifications.adapter.persistence.PostgresNotificationSignals signals;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void editorsHearOfPostsWaitingForReviewInTheAppAndByEmailButTheAuthorDoesNot() {
        String editorEmail = Accounts.newUser("editor");
        Tokens editor = Accounts.logIn(editorEmail, Accounts.PASSWORD);
        Tokens author = Accounts.author();
        String post = readyPost(author, "Tides of review");

        move(author, post, "submit-for-review", 0);

        editor.as().queryParam("unread", true).when().get(MINE).then().statusCode(200)
                .body("items.type", hasItem("post.submitted"))
                .body("items.find { it.type == 'post.submitted' && it.title.contains('Tides of review') }.link",
                        equalTo(post.replaceFirst("^https?://[^/]+", "")));
        author.as().when().get(MINE).then().statusCode(200).body("total", equalTo(0)).body("unread", equalTo(0));
        MimeMessage mail = awaitMail(editorEmail, "“Tides of review” is waiting for review");
        assertThat(mail).isNotNull();
    }

    @Test
    void authorsHearOfApprovalAndPublicationAndEmailFollowsTheirPreferences() throws Exception {
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        String authorEmail = Accounts.newUser("author");
        Tokens author = Accounts.logIn(authorEmail, Accounts.PASSWORD);
        author.as().contentType(ContentType.JSON)
                .body(Map.of("preferences", Map.of("timezone", "UTC", "notifyOnReview", true, "notifyOnPublish", false,
                        "notifyOnComment", false)))
                .when().patch("/api/v1/me").then().statusCode(200);
        String post = readyPost(author, "Approved tides");
        move(author, post, "submit-for-review", 0);
        move(editor, post, "approve", 1);
        move(editor, post, "publish", 2);

        author.as().when().get(MINE).then().statusCode(200)
                .body("items.type", equalTo(List.of("post.published", "post.approved")))
                .body("unread", equalTo(2));
        awaitMail(authorEmail, "“Approved tides” was approved");
        assertThat(mailsTo(authorEmail)).as("notifyOnPublish is off: no email for the publication")
                .extracting(MimeMessage::getSubject).containsExactly("“Approved tides” was approved");
    }

    @Test
    void notificationsAreMarkedReadOneByOneOrAllAtOnceAndOnlyByTheirRecipient() {
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        Tokens author = Accounts.author();
        for (String title : List.of("First", "Second", "Third")) {
            String post = readyPost(author, title);
            move(author, post, "submit-for-review", 0);
            move(editor, post, "approve", 1);
        }
        List<String> ids = author.as().when().get(MINE).then().statusCode(200).body("total", equalTo(3))
                .body("unread", equalTo(3)).extract().jsonPath().getList("items.id", String.class);

        editor.as().when().post(MINE + "/" + ids.get(0) + "/read").then().statusCode(404);
        author.as().when().post(MINE + "/" + ids.get(0) + "/read").then().statusCode(204);
        author.as().when().post(MINE + "/" + ids.get(0) + "/read").then().statusCode(204);
        author.as().queryParam("unread", true).when().get(MINE).then().statusCode(200)
                .body("total", equalTo(2)).body("unread", equalTo(2));
        author.as().when().post(MINE + "/read-all").then().statusCode(200).body("marked", equalTo(2));
        author.as().when().get(MINE).then().statusCode(200).body("unread", equalTo(0))
                .body("items[0].readAt", org.hamcrest.Matchers.notNullValue());
        author.as().when().post(MINE + "/not-an-id/read").then().statusCode(404)
                .body("code", equalTo("notification-not-found"));
        assertThat(author.as().queryParam("size", 1).when().get(MINE).then().statusCode(200).extract().headers()
                .getValues("Link")).anyMatch(link -> link.contains("rel=\"next\""));
        author.as().when().get(MINE + "/types").then().statusCode(200)
                .body("code", hasItem("post.scheduled-held"));
    }

    @Test
    void theScheduleTellsTheAuthorWhenItPublishedThePost() {
        Tokens author = Accounts.author();
        String post = readyPost(author, "Scheduled tides");
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("scheduledAt", Instant.now().plus(Duration.ofMinutes(5)).toString()))
                .when().post(post + "/schedule").then().statusCode(200);

        clock.advance(Duration.ofMinutes(6));
        publishing.publishDue();

        author.as().when().get(MINE).then().statusCode(200)
                .body("items.type", equalTo(List.of("post.scheduled-published")))
                .body("items[0].title", equalTo("“Scheduled tides” was published as scheduled"));
    }

    @Test
    void theLiveStreamSendsTheUnreadCountThenEachNewNotification() throws Exception {
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        Tokens author = Accounts.author();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(MINE + "/stream"))
                .header("Authorization", "Bearer " + author.accessToken()).header("Accept", "text/event-stream")
                .build();
        var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.contains("event:unread"));
            String post = readyPost(author, "Live tides");
            move(author, post, "submit-for-review", 0);
            move(editor, post, "approve", 1);

            await().atMost(Duration.ofSeconds(20)).until(() -> lines.contains("event:notification"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("data:")
                    .contains("\"type\":\"post.approved\"").contains("Live tides"));
        } finally {
            response.cancel(true);
        }
    }

    @Test
    void aStreamWhoseClientDisconnectsReleasesItsSubscriptionWithoutWaitingForANotification() throws Exception {
        Tokens reader = Accounts.logIn(Accounts.newUser("author"), Accounts.PASSWORD);
        var me = io.blogflow.shared.domain.UserId.parse(reader.as().when().get("/api/v1/me").then().statusCode(200)
                .extract().path("id")).orElseThrow();
        assertThat(signals.subscriberCount(me)).isZero();

        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + MINE + "/stream HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + reader.accessToken() + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(30_000);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals("event:unread"));
            assertThat(line).isEqualTo("event:unread");
            await().atMost(Duration.ofSeconds(30)).until(() -> signals.subscriberCount(me) == 1);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> signals.subscriberCount(me) == 0);
    }

    private static String readyPost(Tokens author, String title) {
        return author.as().contentType(ContentType.JSON).body(Map.of("title", title, "contentMarkdown", "# Body",
                        "metaDescription", "What it is about."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
    }

    private static void move(Tokens who, String post, String move, int version) {
        who.as().header("If-Match", "\"" + version + "\"").when().post(post + "/" + move).then().statusCode(200);
    }
}
