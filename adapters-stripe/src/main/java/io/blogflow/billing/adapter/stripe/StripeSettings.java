package io.blogflow.billing.adapter.stripe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Stripe.
 *
 * @param apiKey           the secret API key; without it payments are off (an admin marks invoices paid)
 * @param webhookSecret    the endpoint's signing secret (whsec_…) webhook deliveries are verified with
 * @param baseUrl          Stripe's API (a fake's in tests)
 * @param tolerance        how old a webhook's signed timestamp may be
 * @param meterEventPrefix meter event names are this plus the metric (blogflow_llm_tokens…)
 */
public record StripeSettings(Optional<String> apiKey, Optional<String> webhookSecret, String baseUrl,
                             Duration tolerance, String meterEventPrefix) {

    public StripeSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(meterEventPrefix, "meterEventPrefix");
        apiKey = apiKey.filter(key -> !key.isBlank());
        webhookSecret = webhookSecret.filter(secret -> !secret.isBlank());
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
