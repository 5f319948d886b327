package io.blogflow.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private static final Fingerprint TOKEN = new Fingerprint("a".repeat(64));
    private static final Fingerprint OTHER = new Fingerprint("b".repeat(64));

    private static Subscriber pending() {
        return Subscriber.request(new SubscriberId(UUID.randomUUID()), new SubscriberEmail("Ada@Example.org"), " Ada ",
                Topics.of(List.of("java")), new Consent(T0, "footer", "2026-01"), TOKEN);
    }

    @Test
    void aRequestIsPendingWithAFortyEightHourTokenAndANormalisedAddress() {
        Subscriber s = pending();
        assertThat(s.state()).isEqualTo(SubscriberState.PENDING);
        assertThat(s.email().value()).isEqualTo("ada@example.org");
        assertThat(s.name()).contains("Ada");
        assertThat(s.confirmationExpiresAt()).contains(T0.plus(Duration.ofHours(48)));
    }

    @Test
    void onlyTheRightTokenBeforeItExpiresConfirms() {
        Subscriber s = pending();
        assertThat(s.confirmableWith(TOKEN, T0.plus(Duration.ofHours(47)))).isTrue();
        assertThat(s.confirmableWith(OTHER, T0)).isFalse();
        assertThat(s.confirmableWith(TOKEN, T0.plus(Duration.ofHours(48)))).isFalse();
        Subscriber active = s.confirm(T0.plusSeconds(60));
        assertThat(active.state()).isEqualTo(SubscriberState.ACTIVE);
        assertThat(active.confirmationHash()).isEmpty();
        assertThat(active.confirmableWith(TOKEN, T0)).isFalse();
    }

    @Test
    void activeAndComplainedSubscriptionsTakeNoNewRequestOthersStartOver() {
        Subscriber active = pending().confirm(T0);
        assertThat(active.acceptsNewRequest()).isFalse();
        assertThat(active.moveTo(SubscriberState.COMPLAINED, T0).acceptsNewRequest()).isFalse();
        Subscriber unsubscribed = active.moveTo(SubscriberState.UNSUBSCRIBED, T0);
        assertThat(unsubscribed.acceptsNewRequest()).isTrue();
        Subscriber again = unsubscribed.requestAgain(null, Topics.ALL, new Consent(T0.plusSeconds(5), "popup", "2"),
                OTHER);
        assertThat(again.state()).isEqualTo(SubscriberState.PENDING);
        assertThat(again.consent().source()).isEqualTo("popup");
        assertThat(again.confirmableWith(OTHER, T0.plusSeconds(6))).isTrue();
        assertThat(active.moveTo(SubscriberState.BOUNCED, T0).acceptsNewRequest()).isTrue();
        assertThatThrownBy(() -> active.moveTo(SubscriberState.PENDING, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void topicsAreSlugsAtMostTwentyAndMatchAPostByAnyOfItsTopics() {
        assertThat(Topics.ALL.matches(Set.of("anything"))).isTrue();
        assertThat(Topics.of(List.of("java", "tea")).matches(Set.of("tea", "news"))).isTrue();
        assertThat(Topics.of(List.of("java")).matches(Set.of("tea"))).isFalse();
        assertThatThrownBy(() -> Topics.of(List.of("Not A Slug"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Topics.of(java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void addressesNamesAndConsentAreChecked() {
        assertThatThrownBy(() -> new SubscriberEmail("no-at-sign")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SubscriberEmail("a@b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Subscriber.validName("x".repeat(101))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Subscriber.validName("two\nlines")).isInstanceOf(InvalidValueException.class);
        assertThat(Subscriber.validName("  ")).isNull();
        assertThatThrownBy(() -> new Consent(T0, "", "1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Consent(T0, "footer", "has spaces")).isInstanceOf(InvalidValueException.class);
        assertThat(new SubscriberEmail("reader@example.org").toString()).doesNotContain("reader");
    }

    @Test
    void anImportedSubscriberIsActiveWithTheConsentItBrings() {
        Subscriber s = Subscriber.imported(new SubscriberId(UUID.randomUUID()), new SubscriberEmail("x@example.org"),
                null, Topics.ALL, new Consent(T0.minusSeconds(3600), "old-site", "2025-03"), T0);
        assertThat(s.state()).isEqualTo(SubscriberState.ACTIVE);
        assertThat(s.consent().at()).isEqualTo(T0.minusSeconds(3600));
        assertThat(s.confirmedAt()).contains(T0);
    }

    @Test
    void aComplaintAlwaysWinsAndABounceNeverOverridesAComplaint() {
        Subscriber active = pending().confirm(T0.plusSeconds(60));
        Subscriber bounced = active.reported(MailFeedback.BOUNCE, T0.plusSeconds(120));
        assertThat(bounced.state()).isEqualTo(SubscriberState.BOUNCED);
        assertThat(bounced.reported(MailFeedback.BOUNCE, T0.plusSeconds(180))).isSameAs(bounced);
        Subscriber complained = bounced.reported(MailFeedback.COMPLAINT, T0.plusSeconds(240));
        assertThat(complained.state()).isEqualTo(SubscriberState.COMPLAINED);
        assertThat(complained.reported(MailFeedback.BOUNCE, T0.plusSeconds(300))).isSameAs(complained);
        assertThat(MailFeedback.ofCode("complaint")).contains(MailFeedback.COMPLAINT);
        assertThat(MailFeedback.ofCode("delivered")).isEmpty();
    }
}
