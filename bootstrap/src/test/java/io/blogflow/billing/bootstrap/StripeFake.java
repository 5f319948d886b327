package io.blogflow.billing.bootstrap;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A WireMock server standing in for Stripe's API, and the configuration that turns payments on against it. */
public class StripeFake implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "sk_test_fake";
    static final String WEBHOOK_SECRET = "whsec_test_fake";
    static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @Override
    public Map<String, String> start() {
        STRIPE.start();
        return Map.of("blogflow.stripe.api-key", API_KEY, "blogflow.stripe.webhook-secret", WEBHOOK_SECRET,
                "blogflow.stripe.base-url", "http://127.0.0.1:" + STRIPE.port());
    }

    @Override
    public void stop() {
        STRIPE.stop();
    }
}
