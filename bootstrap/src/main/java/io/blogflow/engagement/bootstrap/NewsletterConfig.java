package io.blogflow.engagement.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Newsletter settings ({@code blogflow.newsletter.*}, e.g. BLOGFLOW_NEWSLETTER_CONFIRM_PAGE). */
@ConfigMapping(prefix = "blogflow.newsletter")
public interface NewsletterConfig {

    /** The site's page a confirmation link opens (token appended as ?token=); it POSTs the token to the API. */
    Optional<URI> confirmPage();

    /** The public address of the one-click unsubscribe endpoint (List-Unsubscribe); default: the site's. */
    Optional<URI> unsubscribeUrl();

    /** The version of the consent text a subscription request names none. */
    @WithDefault("1")
    String consentTextVersion();

    /** Subscription requests per client address. */
    @WithDefault("10")
    @WithName("subscribe.capacity")
    int subscribeCapacity();

    @WithDefault("10m")
    @WithName("subscribe.window")
    Duration subscribeWindow();

    /** Confirmation emails per address (beyond: quietly none). */
    @WithDefault("3")
    @WithName("confirmations.capacity")
    int confirmationsCapacity();

    @WithDefault("24h")
    @WithName("confirmations.window")
    Duration confirmationsWindow();

    /** Recipients per batch of a post's newsletter (one transaction each: deliveries recorded, mails queued). */
    @WithDefault("200")
    int batchSize();

    /**
     * The shared secret the mail provider's bounce and complaint notifications are signed with (any string, at
     * least 32 characters recommended); unset: the webhook refuses every delivery.
     */
    @WithName("webhook.secret")
    Optional<String> webhookSecret();

    /** How far a signed timestamp may be from now. */
    @WithDefault("300s")
    @WithName("webhook.tolerance")
    Duration webhookTolerance();
}
