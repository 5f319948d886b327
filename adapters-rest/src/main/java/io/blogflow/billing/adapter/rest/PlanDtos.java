package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.application.port.in.PlanCatalogUseCase;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.OveragePrice;
import io.blogflow.billing.domain.Plan;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Plans as JSON: {@code limits: {metric: {included, hardCap, overagePrice}}} beside the name, currency and prices. */
final class PlanDtos {

    static final String EXAMPLE = """
            {"id": "0190a000-0000-7000-8000-000000000002", "code": "pro", "version": 1, "name": "Pro",
             "currency": "USD", "monthlyPrice": 1900, "yearlyPrice": 19000, "active": true,
             "limits": {"ai_runs": {"included": 2000, "hardCap": null,
                                    "overagePrice": {"per": 1, "tiers": [{"upTo": 1000, "amount": 2},
                                                                         {"upTo": null, "amount": 1}]}},
                        "seats": {"included": 10, "hardCap": 25,
                                  "overagePrice": {"per": 1, "tiers": [{"upTo": null, "amount": 500}]}}},
             "createdAt": "2026-01-01T00:00:00Z"}""";

    static final String REQUEST_EXAMPLE = """
            {"code": "team", "name": "Team", "currency": "EUR", "monthlyPrice": 4900, "yearlyPrice": 49000,
             "limits": {"ai_runs": {"included": 5000, "hardCap": 20000,
                                    "overagePrice": {"per": 1, "tiers": [{"upTo": null, "amount": 1}]}},
                        "seats": {"included": 5, "hardCap": 5}}}""";

    private PlanDtos() {
    }

    @Schema(name = "PriceTier", description = "Overage units up to upTo (null: and beyond) cost amount minor units "
            + "per `per` units.")
    record TierDto(@Schema(nullable = true, minimum = "1") Long upTo, @Schema(minimum = "0") Long amount) {
    }

    @Schema(name = "OveragePrice", description = "Graduated price of usage beyond what is included.")
    record OverageDto(@Schema(minimum = "1", defaultValue = "1", description = "Units the tier amounts are for.")
                      Long per, @Schema(maxItems = 10) List<TierDto> tiers) {

        static OverageDto of(OveragePrice price) {
            return price == null ? null : new OverageDto(price.per(), price.tiers().stream()
                    .map(tier -> new TierDto(tier.upTo(), tier.amount())).toList());
        }

        PlanCatalogUseCase.OverageTerms terms() {
            return new PlanCatalogUseCase.OverageTerms(per, tiers == null ? null : tiers.stream()
                    .map(tier -> tier == null ? null : new PlanCatalogUseCase.TierTerms(tier.upTo(), tier.amount()))
                    .toList());
        }
    }

    @Schema(name = "PlanLimit", description = "A metric's terms. Without overagePrice nothing beyond included is "
            + "allowed; hardCap (null: none) is never passed.")
    record LimitDto(@Schema(minimum = "0") Long included, @Schema(nullable = true) Long hardCap,
                    @Schema(nullable = true) OverageDto overagePrice) {

        static LimitDto of(Limit limit) {
            return new LimitDto(limit.included(), limit.hardCap(), OverageDto.of(limit.overagePrice()));
        }

        PlanCatalogUseCase.LimitTerms terms() {
            return new PlanCatalogUseCase.LimitTerms(included, hardCap,
                    overagePrice == null ? null : overagePrice.terms());
        }
    }

    @Schema(name = "Plan", description = "One version of a plan. Prices in minor units of the currency; llm_cost "
            + "limits in micro-units of it.")
    record PlanResponse(@Schema(required = true) UUID id,
                        String code,
                        @Schema(required = true) int version,
                        String name,
                        String currency,
                        @Schema(required = true) long monthlyPrice,
                        @Schema(required = true) long yearlyPrice, @Schema(required = true) boolean active,
                        @Schema(description = "Per metric (llm_tokens, llm_cost, image_generations, ai_runs, "
                                + "storage_bytes, seats); an absent metric is not limited.")
                        Map<String, LimitDto> limits, @Schema(required = true) Instant createdAt) {

        static PlanResponse of(Plan plan) {
            Map<String, LimitDto> limits = new LinkedHashMap<>();
            plan.limits().forEach((metric, limit) -> limits.put(metric.code(), LimitDto.of(limit)));
            return new PlanResponse(plan.id().value(), plan.code(), plan.version(), plan.name(),
                    plan.currency().value(), plan.monthlyPrice(), plan.yearlyPrice(), plan.active(), limits,
                    plan.createdAt());
        }
    }

    @Schema(name = "PlanRequest", description = "A plan's terms. On PATCH (merge patch) code and currency cannot "
            + "change; any change makes a new version.")
    record PlanRequest(@Schema(maxLength = 40, pattern = "^[a-z0-9][a-z0-9-]{0,39}$") String code,
                       @Schema(maxLength = 80) String name,
                       @Schema(pattern = "^[A-Z]{3}$", examples = "EUR") String currency,
                       @Schema(minimum = "0") Long monthlyPrice, @Schema(minimum = "0") Long yearlyPrice,
                       Map<String, LimitDto> limits, @Schema(defaultValue = "true") Boolean active) {

        static PlanRequest of(Plan plan) {
            return new PlanRequest(plan.code(), plan.name(), plan.currency().value(), plan.monthlyPrice(),
                    plan.yearlyPrice(), PlanResponse.of(plan).limits(), plan.active());
        }

        PlanCatalogUseCase.PlanTerms terms() {
            Map<String, PlanCatalogUseCase.LimitTerms> raw = null;
            if (limits != null) {
                raw = new LinkedHashMap<>();
                for (Map.Entry<String, LimitDto> entry : limits.entrySet()) {
                    raw.put(entry.getKey(), entry.getValue() == null ? null : entry.getValue().terms());
                }
            }
            return new PlanCatalogUseCase.PlanTerms(code, name, currency, monthlyPrice, yearlyPrice, raw, active);
        }
    }
}
