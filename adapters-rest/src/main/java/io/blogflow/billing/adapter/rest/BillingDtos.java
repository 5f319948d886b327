package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.application.port.in.AccountBilling;
import io.blogflow.billing.application.port.in.AccountUsage;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Subscriptions, usage and invoices as JSON. */
final class BillingDtos {

    static final String PDF = "application/pdf";

    private BillingDtos() {
    }

    static UserId caller(SecurityIdentity identity) {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }

    static UserId accountId(String raw) {
        return new UserId(PathIds.uuid(raw, () -> new NotFoundException("account",
                raw)));
    }

    static PlanId planId(String raw) {
        return new PlanId(PathIds.uuid(raw, () -> new NotFoundException("plan", raw)));
    }

    static UUID invoiceId(String raw) {
        return PathIds.uuid(raw, () -> new NotFoundException("invoice", raw));
    }

    @Schema(name = "PlanSummary")
    record PlanSummary(@Schema(required = true) UUID id,
                       String code,
                       @Schema(required = true) int version,
                       String name,
                       String currency,
                       @Schema(required = true) long price) {

        static PlanSummary of(Plan plan, io.blogflow.billing.domain.BillingInterval interval) {
            return plan == null ? null : new PlanSummary(plan.id().value(), plan.code(), plan.version(), plan.name(),
                    plan.currency().value(), plan.price(interval));
        }
    }

    @Schema(name = "InvoiceLine")
    record LineDto(@Schema(enumeration = {"base", "overage", "proration"}) String kind, String description,
                   @Schema(nullable = true) String metric, @Schema(required = true) long quantity,
                   @Schema(required = true, description = "Minor units; negative for credits.") long amount) {

        static LineDto of(InvoiceLine line) {
            return new LineDto(line.kind().code(), line.description(),
                    line.metric() == null ? null : line.metric().code(), line.quantity(), line.amount());
        }
    }

    @Schema(name = "Subscription", description = "An account's subscription; every account has one (the default "
            + "plan until it changes).")
    record SubscriptionResponse(@Schema(required = true) UUID id, UUID account, PlanSummary plan,
                                @Schema(enumeration = {"month", "year"}) String interval,
                                @Schema(enumeration = {"trialing", "active", "past_due", "canceled"}) String status,
                                Instant currentPeriodStart, Instant currentPeriodEnd,
                                @Schema(nullable = true, description = "A downgrade taking effect at the period end.")
                                PlanSummary pendingPlan,
                                @Schema(nullable = true) String pendingInterval,
                                @Schema(nullable = true) Instant pastDueSince,
                                @Schema(required = true, description = "Whether it pays through the payment provider.")
                                boolean providerManaged,
                                @Schema(description = "Charges waiting for the next invoice (prorations).")
                                List<LineDto> upcoming, @Schema(required = true) long version) {

        static SubscriptionResponse of(AccountBilling billing) {
            Subscription s = billing.subscription();
            return new SubscriptionResponse(s.id(), s.account().value(), PlanSummary.of(billing.plan(),
                    s.plan().interval()), s.plan().interval().code(), s.status().code(), s.periodStart(),
                    s.periodEnd(), s.pending() == null ? null : PlanSummary.of(billing.pendingPlan(),
                    s.pending().interval()), s.pending() == null ? null : s.pending().interval().code(),
                    s.pastDueSince(), s.providerCustomer() != null,
                    billing.upcoming().stream().map(LineDto::of).toList(), s.version());
        }
    }

    @Schema(name = "MetricUsage")
    record MetricUsageDto(@Schema(required = true) long used,
                          @Schema(required = true, description = "Held by calls in flight.") long reserved,
                          @Schema(nullable = true) Long included,
                          @Schema(nullable = true, description = "What may not be passed (null: no limit).")
                          Long limit,
                          @Schema(required = true,
                                  description = "Minor units the usage so far costs beyond what is included.")
                          long overageCharge,
                          @Schema(required = true,
                                  description = "Whether it starts over each period (storage and seats do not).")
                          boolean resets) {
    }

    @Schema(name = "UsagePeriod")
    record PeriodDto(Instant periodStart, Instant periodEnd, Map<String, Long> used) {
    }

    @Schema(name = "Usage", description = "The current period per metric, and the periods before (newest first).")
    record UsageResponse(UUID account, Instant periodStart, Instant periodEnd, Map<String, MetricUsageDto> metrics,
                         List<PeriodDto> history) {

        static UsageResponse of(UserId account, AccountUsage usage) {
            Map<String, MetricUsageDto> metrics = new LinkedHashMap<>();
            usage.metrics().forEach(m -> metrics.put(m.metric().code(), new MetricUsageDto(m.used(), m.reserved(),
                    m.limit() == null ? null : m.limit().included(), m.ceiling(), m.overageCharge(), m.resets())));
            List<PeriodDto> history = usage.history().stream().map(period -> {
                Map<String, Long> used = new LinkedHashMap<>();
                period.used().forEach((metric, quantity) -> used.put(metric.code(), quantity));
                return new PeriodDto(period.periodStart(), period.periodEnd(), used);
            }).toList();
            return new UsageResponse(account.value(), usage.periodStart(), usage.periodEnd(), metrics, history);
        }
    }

    @Schema(name = "Invoice", description = "Amounts in minor units of the currency.")
    record InvoiceResponse(@Schema(required = true) UUID id,
                           @Schema(nullable = true, description = "YYYY-NNNNNN; drafts have none.")
                           String number, UUID account,
                           @Schema(enumeration = {"draft", "open", "paid", "void", "uncollectible"}) String status,
                           String currency,
                           Instant periodStart,
                           Instant periodEnd,
                           List<LineDto> lines,
                           @Schema(required = true) long total,
                           @Schema(required = true) Instant createdAt, @Schema(nullable = true) Instant finalizedAt,
                           @Schema(nullable = true) Instant settledAt,
                           @Schema(nullable = true, enumeration = {"manual", "provider"}) String paidWith,
                           @Schema(required = true) long version) {

        static InvoiceResponse of(Invoice invoice) {
            return new InvoiceResponse(invoice.id(), invoice.number(), invoice.account().value(),
                    invoice.status().code(), invoice.currency().value(), invoice.periodStart(), invoice.periodEnd(),
                    invoice.lines().stream().map(LineDto::of).toList(), invoice.total(), invoice.createdAt(),
                    invoice.finalizedAt(), invoice.settledAt(),
                    invoice.paidWith() == null ? null : invoice.paidWith().code(), invoice.version());
        }
    }

    static String pdfName(Invoice invoice) {
        return "invoice-" + (invoice.number() != null ? invoice.number() : invoice.id()) + ".pdf";
    }
}
