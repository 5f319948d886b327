package io.blogflow.identity.application.port.out;

/** Opaque high-entropy secrets (refresh tokens) and the one-way hash under which they are stored. */
public interface SecretTokens {

    /** A new secret with at least 128 bits of entropy. */
    String newSecret();

    /** A deterministic hash for lookup; the secret itself is never stored. */
    String hash(String secret);
}
