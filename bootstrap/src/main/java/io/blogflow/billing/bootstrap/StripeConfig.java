package io.blogflow.billing.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Stripe ({@code blogflow.stripe.*}). Without an API key (the embedded default) payments are off: plans, quotas and
 * invoices work, and an admin marks invoices paid.
 */
@ConfigMapping(prefix = "blogflow.stripe")
public interface StripeConfig {

    /** BLOGFLOW_STRIPE_API_KEY: the secret key (sk_…). No default. */
    Optional<String> apiKey();

    /** BLOGFLOW_STRIPE_WEBHOOK_SECRET: the webhook endpoint's signing secret (whsec_…). No default. */
    Optional<String> webhookSecret();

    /** BLOGFLOW_STRIPE_BASE_URL: Stripe's API, replaceable by a fake. */
    @WithDefault("https://api.stripe.com")
    String baseUrl();

    /** How old a webhook's signed timestamp may be. */
    @WithDefault("300s")
    Duration webhookTolerance();

    /** Meter event names are this prefix plus the metric, e.g. blogflow_llm_tokens. */
    @WithDefault("blogflow_")
    String meterEventPrefix();
}
