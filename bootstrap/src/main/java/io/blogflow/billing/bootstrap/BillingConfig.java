package io.blogflow.billing.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Billing settings ({@code blogflow.billing.*}, e.g. BLOGFLOW_BILLING_DEFAULT_PLAN=pro). */
@ConfigMapping(prefix = "blogflow.billing")
public interface BillingConfig {

    /** Code of the plan of accounts that never subscribed, and of those whose dunning ran out. */
    @WithDefault("free")
    String defaultPlan();

    /** Where a client refused for quota is sent to upgrade (the 402 problem's upgradeUrl). */
    @WithDefault("/api/v1/billing/plans")
    String upgradeUrl();

    /** After this, a reservation never committed (its instance stopped mid-call) is released. */
    @WithDefault("2h")
    Duration reservationTimeout();

    /** How long a period's invoice stays a draft (an admin may still void it) before it is finalized. */
    @WithDefault("1h")
    Duration draftReview();

    /** How long a past-due subscription keeps its plan before it moves to the default plan. */
    @WithDefault("14d")
    Duration dunningGrace();

    /** Who issues the invoices: the first line of their PDF. */
    @WithDefault("blogflow")
    String issuer();

    /** How often each instance runs billing's periodic work ({@code off}: never, e.g. in tests). */
    @WithDefault("60s")
    String cycleInterval();
}
