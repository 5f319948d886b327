package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private final Instant now = Instant.parse("2026-04-01T00:00:00Z");
    private final Invoice draft = Invoice.draft(UUID.randomUUID(), new UserId(UUID.randomUUID()), UUID.randomUUID(),
            new CurrencyCode("EUR"), now, now.plusSeconds(86_400), List.of(
                    new InvoiceLine(InvoiceLine.Kind.BASE, "Pro", null, 1, 1900),
                    new InvoiceLine(InvoiceLine.Kind.PRORATION, "credit", null, 1, -400)), now);

    @Test
    void aDraftHasNoNumberAndFinalizingGivesItTheYearsNumber() {
        assertThat(draft.number()).isNull();
        assertThat(draft.total()).isEqualTo(1500);

        Invoice open = draft.finalized(Invoice.number(now, 42), now);

        assertThat(open.number()).isEqualTo("2026-000042");
        assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void invoicesMoveOnlyAlongTheirLifecycle() {
        Invoice open = draft.finalized("2026-000001", now);
        Invoice paid = open.paid(PaymentMethod.MANUAL, null, now);

        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThatThrownBy(() -> paid.voided(now)).isInstanceOf(BillingErrors.InvalidTransition.class);
        assertThatThrownBy(() -> draft.paid(PaymentMethod.MANUAL, null, now))
                .isInstanceOf(BillingErrors.InvalidTransition.class);
        assertThat(draft.voided(now).status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(open.uncollectible(now).paid(PaymentMethod.PROVIDER, "in_1", now).providerInvoice())
                .isEqualTo("in_1");
    }

    @Test
    void aClosedPeriodsInvoiceBillsTheNextBaseAndThisOverage() {
        Plan pro = Plan.define(new PlanId(UUID.randomUUID()), "pro", "Pro", new CurrencyCode("USD"), 1900, 19000,
                Map.of(Metric.AI_RUNS, new Limit(2000, null, new OveragePrice(1, List.of(new PriceTier(1000L, 2),
                        new PriceTier(null, 1))))), true, now);

        List<InvoiceLine> lines = InvoiceDrafting.lines(pro, Map.of(Metric.AI_RUNS, 3500L), pro,
                BillingInterval.MONTH, List.of());

        assertThat(lines).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InvoiceLine.Kind.BASE, 1L, 1900L),
                org.assertj.core.groups.Tuple.tuple(InvoiceLine.Kind.OVERAGE, 1500L, 2500L));
    }

    @Test
    void thresholdsAreCrossedOnceEach() {
        assertThat(QuotaThreshold.crossed(70, 80, 100)).contains(QuotaThreshold.EIGHTY_PERCENT);
        assertThat(QuotaThreshold.crossed(80, 90, 100)).isEmpty();
        assertThat(QuotaThreshold.crossed(79, 100, 100)).contains(QuotaThreshold.FULL);
    }
}
