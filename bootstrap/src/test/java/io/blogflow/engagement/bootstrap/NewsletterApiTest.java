package io.blogflow.engagement.bootstrap;

import static io.blogflow.shared.bootstrap.GreenMailTestResource.awaitMail;
import static io.blogflow.shared.bootstrap.GreenMailTestResource.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.blogflow.engagement.application.service.SendNewsletterIssueJob;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.GreenMailTestResource;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The newsletter end to end: double opt-in by email (GreenMail), one-click unsubscribe, a post's newsletter. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class NewsletterApiTest {

    private static final String SUBSCRIBE = "/api/v1/public/newsletter/subscriptions";
    private static final String ADMIN = "/api/v1/admin/newsletter/subscribers";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%.-]+)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    SendNewsletterIssueJob sendIssue;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aSubscriptionIsPendingUntilTheEmailedTokenConfirmsItOnce() {
        String email = address();
        subscribe(email, List.of("java"), "footer").then().statusCode(202).body("status", equalTo("pending"));
        assertThat(state(email)).isEqualTo("PENDING");
        String token = confirmationToken(email);
        confirm(token).then().statusCode(200).body("status", equalTo("active"));
        assertThat(state(email)).isEqualTo("ACTIVE");
        confirm(token).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("newsletter.invalid-token"));
        confirm("made-up-token").then().statusCode(400).body("code", equalTo("newsletter.invalid-token"));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsSubscribedAndAnActiveOneGetsNoNewMail() {
        String email = address();
        String first = subscribe(email, List.of(), "footer").then().statusCode(202).extract().asString();
        confirm(confirmationToken(email)).then().statusCode(200);
        long mails = confirmationJobs(email);
        String again = subscribe(email, List.of("other"), "footer").then().statusCode(202).extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(confirmationJobs(email)).isEqualTo(mails);
        assertThat(state(email)).isEqualTo("ACTIVE");
    }

    @Test
    void theAddressIsSealedAtRestAndTheConsentIsRecorded() throws SQLException {
        String email = address();
        subscribe(email, List.of("java"), "sidebar-form").then().statusCode(202);
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT email_sealed, consent_source, "
                     + "consent_text_version, consent_at, confirmation_hash, topics FROM newsletter_subscribers "
                     + "ORDER BY created_at DESC LIMIT 1")) {
            assertThat(rows.next()).isTrue();
            // ciphertext: neither the address nor its local part shows (a lone '@' byte may, by chance)
            assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(email)
                    .doesNotContain(email.substring(0, email.indexOf('@')));
            assertThat(rows.getString(2)).isEqualTo("sidebar-form");
            assertThat(rows.getString(3)).isEqualTo("2026-01");
            assertThat(rows.getTimestamp(4)).isNotNull();
            assertThat(rows.getString(5)).matches("[0-9a-f]{64}").doesNotContain(confirmationToken(email));
            assertThat((String[]) rows.getArray(6).getArray()).containsExactly("java");
        }
    }

    @Test
    void aConfirmationLinkExpiresAfterFortyEightHours() {
        String email = address();
        subscribe(email, List.of(), "footer").then().statusCode(202);
        String token = confirmationToken(email);
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        confirm(token).then().statusCode(400).body("code", equalTo("newsletter.invalid-token"));
        assertThat(state(email)).isEqualTo("PENDING");
    }

    @Test
    void badRequestsAreProblems() {
        client().contentType(ContentType.JSON).body(Map.of("email", "not an address")).when().post(SUBSCRIBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        client().contentType(ContentType.JSON).body(Map.of("email", address(), "topics", List.of("Not A Slug")))
                .when().post(SUBSCRIBE).then().statusCode(400).body("errors[0].field", equalTo("topics"));
        client().contentType(ContentType.JSON).when().post(SUBSCRIBE).then().statusCode(400);
        client().contentType(ContentType.JSON).body(Map.of("token", "x.y"))
                .when().post("/api/v1/public/newsletter/unsubscribe").then().statusCode(400)
                .body("code", equalTo("newsletter.invalid-token"));
    }

    @Test
    void tooManyRequestsFromOneClientAddressAreAskedToWait() {
        String ip = "10.55." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        int accepted = 0;
        var answer = subscribeFrom(ip, address());
        while (answer.statusCode() == 202 && accepted < 50) {
            accepted++;
            answer = subscribeFrom(ip, address());
        }
        answer.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // 10 per 10 minutes, refilled continuously: a request or so may be refilled on a slow machine
        assertThat(accepted).isBetween(10, 12);
    }

    private static io.restassured.response.Response subscribeFrom(String ip, String email) {
        return given().header("X-Forwarded-For", ip).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post(SUBSCRIBE);
    }

    @Test
    void aPublishedPostIsMailedOnceToActiveSubscribersOfItsTopicsWithOneClickUnsubscribe() throws Exception {
        String topic = "topic-" + UUID.randomUUID().toString().substring(0, 8);
        String everything = activeSubscriber(List.of());
        String onTopic = activeSubscriber(List.of(topic));
        String offTopic = activeSubscriber(List.of("cooking-" + topic));
        String pending = address();
        subscribe(pending, List.of(topic), "footer").then().statusCode(202);

        String title = "Newsletter " + topic;
        String postId = publishTagged(title, topic);
        String subject = "blogflow: " + title;
        MimeMessage toOnTopic = awaitMail(onTopic, subject);
        awaitMail(everything, subject);
        await().atMost(Duration.ofSeconds(60)).until(() -> finished(postId));
        assertThat(deliveries(postId)).isEqualTo(count("SELECT count(*) FROM newsletter_deliveries d "
                + "JOIN newsletter_subscribers s ON s.id = d.subscriber_id WHERE d.post_id = '" + postId + "'"));
        assertThat(newsletterJobsTo(offTopic, postId)).isZero();
        assertThat(newsletterJobsTo(pending, postId)).isZero();
        assertThat(newsletterJobsTo(onTopic, postId)).isEqualTo(1);

        String listUnsubscribe = toOnTopic.getHeader("List-Unsubscribe")[0];
        assertThat(toOnTopic.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(listUnsubscribe).startsWith("<").endsWith(">").contains("/api/v1/public/newsletter/unsubscribe?token=");

        // Run again (as after a crash after the last batch): nobody is sent the post twice.
        long before = deliveries(postId);
        long jobsBefore = newsletterJobs(postId);
        sendIssue.handle(new SendNewsletterIssueJob.SendIssue(UUID.fromString(postId)), null);
        assertThat(deliveries(postId)).isEqualTo(before);
        assertThat(newsletterJobs(postId)).isEqualTo(jobsBefore);

        // Resuming serves only those not served yet: a subscriber who arrived since.
        String newcomer = activeSubscriber(List.of(topic));
        sendIssue.handle(new SendNewsletterIssueJob.SendIssue(UUID.fromString(postId)), null);
        assertThat(deliveries(postId)).isEqualTo(before + 1);
        assertThat(newsletterJobsTo(newcomer, postId)).isEqualTo(1);
        assertThat(newsletterJobsTo(onTopic, postId)).isEqualTo(1);

        // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the List-Unsubscribe address.
        URI unsubscribe = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", URLDecoder.decode(unsubscribe.getRawQuery().substring("token=".length()),
                        StandardCharsets.UTF_8))
                .when().post(unsubscribe.getPath()).then().statusCode(200).body("status", equalTo("unsubscribed"));
        assertThat(state(onTopic)).isEqualTo("UNSUBSCRIBED");
        // and again: still fine
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", URLDecoder.decode(unsubscribe.getRawQuery().substring("token=".length()),
                        StandardCharsets.UTF_8))
                .when().post(unsubscribe.getPath()).then().statusCode(200);
    }

    @Test
    void anUnsubscribedReaderMaySubscribeAgainWithNewConsent() {
        String email = activeSubscriber(List.of());
        String token = unsubscribeTokenOf(email);
        client().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/v1/public/newsletter/unsubscribe").then().statusCode(200);
        assertThat(state(email)).isEqualTo("UNSUBSCRIBED");
        subscribe(email, List.of(), "popup").then().statusCode(202);
        assertThat(state(email)).isEqualTo("PENDING");
        assertThat(confirmationJobs(email)).isEqualTo(2);
    }

    @Test
    void adminsListSearchAndCountSubscribersAndOthersMayNot() {
        String email = activeSubscriber(List.of("java"));
        Tokens admin = Accounts.admin();
        admin.as().queryParam("email", email).when().get(ADMIN).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].email", equalTo(email))
                .body("items[0].state", equalTo("active")).body("items[0].topics[0]", equalTo("java"))
                .body("items[0].consentSource", equalTo("footer"))
                .body("counts.active", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        admin.as().queryParam("state", "active").queryParam("size", 1).when().get(ADMIN).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].state", equalTo("active"));
        admin.as().queryParam("state", "sleeping").when().get(ADMIN).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        String id = admin.as().queryParam("email", email).when().get(ADMIN).then().extract().path("items[0].id");
        admin.as().contentType(ContentType.JSON).body(Map.of("state", "bounced"))
                .when().post(ADMIN + "/" + id + "/state").then().statusCode(200).body("state", equalTo("bounced"));
        assertThat(state(email)).isEqualTo("BOUNCED");
        admin.as().contentType(ContentType.JSON).body(Map.of("state", "active"))
                .when().post(ADMIN + "/" + id + "/state").then().statusCode(400);
        admin.as().contentType(ContentType.JSON).body(Map.of("state", "complained"))
                .when().post(ADMIN + "/" + UUID.randomUUID() + "/state").then().statusCode(404);
        Accounts.author().as().when().get(ADMIN).then().statusCode(403);
        given().when().get(ADMIN).then().statusCode(401);
    }

    @Test
    void anImportWithAnyInvalidRowImportsNothingAndAValidOneImportsAllAsActive() {
        Tokens admin = Accounts.admin();
        String good = address();
        String alsoGood = address();
        String bad = "email,name,topics,consent_at,consent_source,consent_text_version\r\n"
                + good + ",Ada,java tea,2026-11-30T09:00:00Z,old-site,2025-03\r\n"
                + "not-an-address,Bob,,2026-11-30T09:00:00Z,old-site,2025-03\r\n"
                + alsoGood + ",Cy,Bad Topic,yesterday,old-site,2025-03\r\n";
        admin.as().contentType("text/csv").body(bad).when().post(ADMIN + "/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("line[3].email", "line[4].topics",
                        "line[4].consent_at"));
        assertThat(state(good)).isNull();

        String existing = activeSubscriber(List.of());
        String ok = "email,consent_source,name,topics,consent_at,consent_text_version\r\n"
                + good + ",old-site,\"Doe, Ada\",java tea,2026-11-30T09:00:00Z,2025-03\r\n"
                + alsoGood + ",old-site,,,2026-11-29T09:00:00Z,2025-03\r\n"
                + existing + ",old-site,,,2026-11-29T09:00:00Z,2025-03\r\n";
        admin.as().contentType("text/csv").body(ok).when().post(ADMIN + "/import").then().statusCode(200)
                .body("imported", equalTo(2)).body("skipped", equalTo(1));
        assertThat(state(good)).isEqualTo("ACTIVE");
        assertThat(state(alsoGood)).isEqualTo("ACTIVE");

        String csv = admin.as().when().get(ADMIN + "/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("id,email,name,topics,state,consent_at,consent_source,consent_text_version,"
                + "created_at,confirmed_at\r\n");
        assertThat(csv).contains("," + good + ",\"Doe, Ada\",java tea,active,2026-11-30T09:00:00Z,old-site,2025-03,");
    }

    @Test
    void aUsersSubscriptionIsInTheirGdprExportAndGoesWithTheirErasure() {
        String email = Accounts.newUser("author");
        Tokens me = Accounts.logIn(email, Accounts.PASSWORD);
        subscribe(email, List.of("tea"), "account-page").then().statusCode(202);
        confirm(confirmationToken(email)).then().statusCode(200);
        me.as().when().get("/api/v1/me/export").then().statusCode(200)
                .body("newsletter.subscribed", equalTo(true)).body("newsletter.email", equalTo(email))
                .body("newsletter.state", equalTo("active"))
                .body("newsletter.consent.source", equalTo("account-page"))
                .body("newsletter.consent.textVersion", equalTo("2026-01"));
        String id = me.as().when().get("/api/v1/me").then().extract().path("id");
        Accounts.admin().as().when().post("/api/v1/admin/users/" + id + "/erase").then().statusCode(204);
        assertThat(state(email)).isNull();
    }

    // --- helpers

    @Test
    void signedBounceAndComplaintNotificationsMarkSubscribersAndNothingElseChangesAnything() {
        String bouncing = activeSubscriber(List.of());
        String complaining = activeSubscriber(List.of());
        String soft = activeSubscriber(List.of());
        String bounce = "{\"type\": \"bounce\", \"email\": \"" + bouncing.toUpperCase() + "\", \"provider\": \"x\"}";
        long now = clock.instant().getEpochSecond();
        // unsigned, forged (another secret), signed for another body, stale: 400 and nothing changes
        feedback(bounce, null).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("webhook.invalid-signature"));
        feedback(bounce, "t=" + now + ",v1=" + hmac("another secret", now, bounce)).then().statusCode(400)
                .body("code", equalTo("webhook.invalid-signature"));
        feedback(bounce, "t=" + now + ",v1=" + hmac(WEBHOOK_SECRET, now, bounce.replace("bounce", "complaint")))
                .then().statusCode(400);
        feedback(bounce, "t=" + (now - 301) + ",v1=" + hmac(WEBHOOK_SECRET, now - 301, bounce)).then().statusCode(400);
        feedback(bounce, "t=" + now + ",v1=zz").then().statusCode(400);
        assertThat(state(bouncing)).isEqualTo("ACTIVE");
        // signed: one of several v1 (a secret rotation) is enough; a replay changes nothing more
        feedback(bounce, "t=" + now + ",v1=" + hmac("the old secret", now, bounce) + ",v1="
                + hmac(WEBHOOK_SECRET, now, bounce)).then().statusCode(200)
                .body("applied", equalTo(true)).body("state", equalTo("bounced"));
        assertThat(state(bouncing)).isEqualTo("BOUNCED");
        signedFeedback(bounce).then().statusCode(200).body("applied", equalTo(false)).body("state", equalTo("bounced"));
        // a complaint wins over everything; a later bounce leaves it complained
        signedFeedback("{\"type\": \"complaint\", \"email\": \"" + complaining + "\"}").then().statusCode(200)
                .body("applied", equalTo(true)).body("state", equalTo("complained"));
        signedFeedback("{\"type\": \"bounce\", \"email\": \"" + complaining + "\"}").then().statusCode(200)
                .body("applied", equalTo(false)).body("state", equalTo("complained"));
        assertThat(state(complaining)).isEqualTo("COMPLAINED");
        // a transient bounce and an unknown address change nothing
        signedFeedback("{\"type\": \"bounce\", \"email\": \"" + soft + "\", \"bounceType\": \"transient\"}")
                .then().statusCode(200).body("applied", equalTo(false));
        assertThat(state(soft)).isEqualTo("ACTIVE");
        signedFeedback("{\"type\": \"complaint\", \"email\": \"" + address() + "\"}").then().statusCode(200)
                .body("applied", equalTo(false)).body("state", equalTo(null));
        // signed but malformed: a problem naming what is wrong
        signedFeedback("not json").then().statusCode(400).body("errors[0].code", equalTo("malformed-json"));
        signedFeedback("{\"type\": \"delivered\", \"email\": \"nope\"}").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("type", "email"));
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'newsletter.subscriber-reported' "
                + "AND actor_id IS NULL AND target_id IN (SELECT id::text FROM newsletter_subscribers WHERE state IN "
                + "('BOUNCED', 'COMPLAINED') AND email_hash IN ('" + fingerprints.of(
                        new io.blogflow.engagement.domain.SubscriberEmail(bouncing)).hex() + "', '" + fingerprints.of(
                        new io.blogflow.engagement.domain.SubscriberEmail(complaining)).hex() + "'))")).isEqualTo(2);
    }

    private static final String WEBHOOK_SECRET = "test-mail-feedback-secret-0123456789abcdef";

    private io.restassured.response.Response signedFeedback(String body) {
        long now = clock.instant().getEpochSecond();
        return feedback(body, "t=" + now + ",v1=" + hmac(WEBHOOK_SECRET, now, body));
    }

    private static io.restassured.response.Response feedback(String body, String signature) {
        RequestSpecification request = client().contentType(ContentType.JSON).body(body);
        if (signature != null) {
            request.header("X-Blogflow-Signature", signature);
        }
        return request.when().post("/api/v1/newsletter/webhooks/mail-feedback");
    }

    /** What the provider's side computes: HMAC-SHA256 of "t.body", hex. */
    private static String hmac(String secret, long timestamp, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a newsletter's unsubscribe link carries for this address. */
    private String unsubscribeTokenOf(String email) {
        String id = stringValue("SELECT id FROM newsletter_subscribers WHERE email_hash = '"
                + fingerprints.of(new io.blogflow.engagement.domain.SubscriberEmail(email)).hex() + "'");
        return id + "." + fingerprintOf(id);
    }

    @Inject
    io.blogflow.engagement.application.port.out.Fingerprints fingerprints;

    private String fingerprintOf(String subscriberId) {
        return fingerprints.unsubscribeProof(new io.blogflow.engagement.domain.SubscriberId(UUID.fromString(
                subscriberId))).hex();
    }

    private String activeSubscriber(List<String> topics) {
        String email = address();
        subscribe(email, topics, "footer").then().statusCode(202);
        confirm(confirmationToken(email)).then().statusCode(200);
        return email;
    }

    private static String publishTagged(String title, String tag) {
        Tokens author = Accounts.author();
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", title,
                "contentMarkdown", "Body of " + title, "metaDescription", "About " + title,
                "excerpt", "What " + title + " is about")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().contentType(ContentType.JSON).body(Map.of("tags", List.of(tag)))
                .when().put(location + "/tags").then().statusCode(200);
        String version = author.as().when().get(location).then().statusCode(200).extract().header("ETag");
        author.as().header("If-Match", version).when().post(location + "/publish").then().statusCode(200);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static io.restassured.response.Response subscribe(String email, List<String> topics, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("name", "Reader");
        body.put("topics", topics);
        body.put("source", source);
        body.put("consentTextVersion", "2026-01");
        return client().contentType(ContentType.JSON).body(body).when().post(SUBSCRIBE);
    }

    private static io.restassured.response.Response confirm(String token) {
        return client().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/v1/public/newsletter/confirm");
    }

    private static RequestSpecification client() {
        return given().header("X-Forwarded-For", "10.44." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256));
    }

    private static String address() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static String confirmationToken(String email) {
        MimeMessage mail = awaitMail(email, "Confirm your subscription to blogflow");
        Matcher matcher = TOKEN.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
                .replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private String state(String email) {
        return stringValue("SELECT state FROM newsletter_subscribers WHERE email_hash = '"
                + fingerprints.of(new io.blogflow.engagement.domain.SubscriberEmail(email)).hex() + "'");
    }

    private long confirmationJobs(String email) {
        return count("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload->>'to' = '" + email
                + "' AND payload->>'template' = 'newsletter-confirm'");
    }

    private long newsletterJobsTo(String email, String postId) {
        return count("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload->>'to' = '" + email
                + "' AND payload->>'template' = 'newsletter-post' AND payload->'data'->>'url' LIKE '%' || "
                + "(SELECT slug FROM posts WHERE id = '" + postId + "')");
    }

    private long newsletterJobs(String postId) {
        return count("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload->>'template' = 'newsletter-post' "
                + "AND payload->'data'->>'url' LIKE '%' || (SELECT slug FROM posts WHERE id = '" + postId + "')");
    }

    private long deliveries(String postId) {
        return count("SELECT count(*) FROM newsletter_deliveries WHERE post_id = '" + postId + "'");
    }

    private boolean finished(String postId) {
        return count("SELECT count(*) FROM newsletter_issues WHERE post_id = '" + postId
                + "' AND finished_at IS NOT NULL") == 1;
    }

    private long count(String sql) {
        String value = stringValue(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String stringValue(String sql) {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
