package io.blogflow.engagement.application.port.out;

/**
 * Checks the signature of a webhook delivery over its raw body (the mail provider's bounce and complaint
 * notifications): {@code X-Blogflow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} with a shared
 * secret, one or more {@code v1} (secret rotation), compared in constant time, {@code t} within the tolerance.
 */
public interface WebhookSignatures {

    /** Whether a secret is configured at all (without one no delivery verifies). */
    boolean configured();

    boolean verifies(byte[] body, String signatureHeader);
}
