package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.PlanCatalogUseCase.LimitTerms;
import io.blogflow.billing.application.port.in.PlanCatalogUseCase.OverageTerms;
import io.blogflow.billing.application.port.in.PlanCatalogUseCase.TierTerms;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.OveragePrice;
import io.blogflow.billing.domain.PriceTier;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns a client's limits into the domain's, each invalid metric reported under {@code limits.<metric>}. */
final class PlanTermsReader {

    private PlanTermsReader() {
    }

    static Map<Metric, Limit> limits(Map<String, LimitTerms> raw, Validation validation) {
        Map<Metric, Limit> limits = new EnumMap<>(Metric.class);
        raw.forEach((code, terms) -> {
            String field = "limits." + code;
            Metric metric = validation.field(field, () -> Metric.parse(code));
            Limit limit = validation.field(field, () -> limit(terms));
            if (metric != null && limit != null) {
                limits.put(metric, limit);
            }
        });
        return limits;
    }

    private static Limit limit(LimitTerms terms) {
        if (terms == null || terms.included() == null) {
            throw new InvalidValueException("limit.invalid", "A limit needs included (0 or more).");
        }
        return new Limit(terms.included(), terms.hardCap(), overage(terms.overagePrice()));
    }

    private static OveragePrice overage(OverageTerms terms) {
        if (terms == null) {
            return null;
        }
        if (terms.tiers() == null) {
            throw new InvalidValueException("overage-price.invalid", "An overage price needs its tiers.");
        }
        List<PriceTier> tiers = new ArrayList<>();
        for (TierTerms tier : terms.tiers()) {
            if (tier == null || tier.amount() == null) {
                throw new InvalidValueException("overage-price.invalid", "Each tier needs an amount.");
            }
            tiers.add(new PriceTier(tier.upTo(), tier.amount()));
        }
        return new OveragePrice(terms.per() == null ? 1 : terms.per(), tiers);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field + ".required", field + " is required.");
        }
        return value;
    }
}
