package io.blogflow.billing.application;

import java.time.Duration;
import java.util.Objects;

/**
 * Billing's configuration as the use cases see it.
 *
 * @param defaultPlan           code of the plan of accounts without a subscription, and where dunning ends
 * @param upgradeUrl            where a refused client is sent to upgrade (in the 402 problem)
 * @param reservationTimeout    after this a reservation never committed (its instance stopped) is released
 * @param draftReview           how long a period's invoice stays a draft before it is finalized
 * @param dunningGrace          how long a past-due subscription keeps its plan before moving to the default plan
 * @param issuer                who issues the invoices (their PDF's header)
 */
public record BillingSettings(String defaultPlan, String upgradeUrl, Duration reservationTimeout,
                              Duration draftReview, Duration dunningGrace, String issuer) {

    public BillingSettings {
        Objects.requireNonNull(defaultPlan, "defaultPlan");
        Objects.requireNonNull(upgradeUrl, "upgradeUrl");
        Objects.requireNonNull(reservationTimeout, "reservationTimeout");
        Objects.requireNonNull(draftReview, "draftReview");
        Objects.requireNonNull(dunningGrace, "dunningGrace");
        Objects.requireNonNull(issuer, "issuer");
    }
}
