package io.blogflow.shared.domain;

/**
 * A webhook delivery whose signature does not verify: unsigned, forged or stale, or no secret is configured to check
 * it (400, {@code webhook.invalid-signature}). Shared by every context that receives signed webhooks.
 */
public final class InvalidSignatureException extends DomainException {

    public InvalidSignatureException(String message) {
        super(Kind.INVALID, "webhook.invalid-signature", message);
    }
}
