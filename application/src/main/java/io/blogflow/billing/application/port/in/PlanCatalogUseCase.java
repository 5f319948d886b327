package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Map;

/** The plan catalogue: what is offered (public), and what admins define and revise (a revision is a new version). */
public interface PlanCatalogUseCase {

    /** Active plans' current versions, cheapest first. */
    List<Plan> offered();

    /** Every plan's current version, inactive ones too. */
    List<Plan> all();

    Plan get(PlanId id);

    /** @throws io.blogflow.shared.domain.ValidationException listing every invalid field */
    Plan create(UserId actor, PlanTerms terms);

    /**
     * Saves the next version of the plan with the given terms (absent ones unchanged). Subscriptions on earlier
     * versions keep them until they change plan.
     */
    Plan revise(UserId actor, PlanId id, long expectedVersion, PlanTerms changes);

    /** A plan's terms as a client sends them; null means absent. */
    record PlanTerms(String code, String name, String currency, Long monthlyPrice, Long yearlyPrice,
                     Map<String, LimitTerms> limits, Boolean active) {
    }

    record LimitTerms(Long included, Long hardCap, OverageTerms overagePrice) {
    }

    record OverageTerms(Long per, List<TierTerms> tiers) {
    }

    record TierTerms(Long upTo, Long amount) {
    }
}
