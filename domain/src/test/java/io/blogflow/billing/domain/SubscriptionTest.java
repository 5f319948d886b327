package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private final Instant now = Instant.parse("2026-04-01T00:00:00Z");
    private final Plan free = plan("free", 0, 0);
    private final Plan pro = plan("pro", 1900, 19000);
    private final Plan business = plan("business", 9900, 99000);
    private final Subscription onPro = Subscription.start(UUID.randomUUID(), new UserId(UUID.randomUUID()),
            PlanRef.of(pro, BillingInterval.MONTH), now);

    @Test
    void aNewSubscriptionsFirstPeriodStartsNowAndEndsAnIntervalLater() {
        assertThat(onPro.periodStart()).isEqualTo(now);
        assertThat(onPro.periodEnd()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(onPro.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void anUpgradeAppliesAtOnceWithProrationForTheRestOfThePeriod() {
        Subscription.Change change = onPro.changeTo(pro, business, BillingInterval.MONTH,
                Instant.parse("2026-04-16T00:00:00Z"));

        assertThat(change.immediate()).isTrue();
        assertThat(change.subscription().plan().plan()).isEqualTo(business.id());
        assertThat(change.subscription().periodEnd()).isEqualTo(onPro.periodEnd());
        assertThat(change.proration().credit()).isEqualTo(-950);
        assertThat(change.proration().charge()).isEqualTo(4950);
    }

    @Test
    void aDowngradeWaitsForThePeriodEndAndThenTakesEffect() {
        Subscription.Change change = onPro.changeTo(pro, free, BillingInterval.MONTH, now.plusSeconds(60));

        assertThat(change.immediate()).isFalse();
        assertThat(change.subscription().plan().plan()).isEqualTo(pro.id());
        assertThat(change.subscription().pending().plan()).isEqualTo(free.id());

        Subscription next = change.subscription().nextPeriod();
        assertThat(next.plan().plan()).isEqualTo(free.id());
        assertThat(next.pending()).isNull();
        assertThat(next.periodStart()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(next.periodEnd()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void movingToAYearlyPriceStartsAYearlyPeriodNowAndCreditsTheRestOfTheMonth() {
        Instant halfway = Instant.parse("2026-04-16T00:00:00Z");
        Subscription.Change change = onPro.changeTo(pro, pro, BillingInterval.YEAR, halfway);

        assertThat(change.immediate()).isTrue();
        assertThat(change.subscription().periodStart()).isEqualTo(halfway);
        assertThat(change.subscription().periodEnd()).isEqualTo("2027-04-16T00:00:00Z");
        assertThat(change.proration().credit()).isEqualTo(-950);
        assertThat(change.proration().charge()).isEqualTo(19000);
    }

    @Test
    void anOlderProviderEventIsRecognised() {
        Subscription applied = onPro.providerStateOf(Instant.parse("2026-04-10T00:00:00Z"));

        assertThat(applied.isNewer(Instant.parse("2026-04-09T00:00:00Z"))).isFalse();
        assertThat(applied.isNewer(Instant.parse("2026-04-10T00:00:00Z"))).isFalse();
        assertThat(applied.isNewer(Instant.parse("2026-04-11T00:00:00Z"))).isTrue();
    }

    @Test
    void aFailedPaymentKeepsTheFirstFailureTimeUntilPaid() {
        Subscription pastDue = onPro.pastDue(now.plusSeconds(10)).pastDue(now.plusSeconds(99));

        assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(pastDue.pastDueSince()).isEqualTo(now.plusSeconds(10));
        assertThat(pastDue.inGoodStanding().pastDueSince()).isNull();
    }

    private Plan plan(String code, long monthly, long yearly) {
        return Plan.define(new PlanId(UUID.randomUUID()), code, code, new CurrencyCode("USD"), monthly, yearly,
                Map.of(Metric.AI_RUNS, Limit.capped(10)), true, now);
    }
}
