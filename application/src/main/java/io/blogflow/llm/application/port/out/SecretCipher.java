package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.SealedSecret;

/**
 * Authenticated encryption of secrets kept at rest (provider auth tokens). {@code associatedData} binds a sealed
 * secret to its owner (the provider id): a sealed value copied onto another row does not open.
 */
public interface SecretCipher {

    SealedSecret seal(String plaintext, byte[] associatedData);

    /** @throws UnreadableSecretException when the bytes were altered, belong to other associated data or another key */
    String open(SealedSecret sealed, byte[] associatedData);

    final class UnreadableSecretException extends RuntimeException {
        public UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
