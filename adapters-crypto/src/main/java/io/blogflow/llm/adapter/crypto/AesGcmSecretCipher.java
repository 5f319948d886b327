package io.blogflow.llm.adapter.crypto;

import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.shared.adapter.crypto.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/** Provider tokens sealed with AES-256-GCM ({@link AesGcm}), bound to their owner by the associated data. */
public final class AesGcmSecretCipher implements SecretCipher {

    public static final int KEY_BYTES = AesGcm.KEY_BYTES;

    private final AesGcm aes;

    public AesGcmSecretCipher(byte[] key) {
        this(key, new SecureRandom());
    }

    AesGcmSecretCipher(byte[] key, SecureRandom random) {
        this.aes = new AesGcm(key, random);
    }

    @Override
    public SealedSecret seal(String plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        return new SealedSecret(aes.seal(plaintext.getBytes(StandardCharsets.UTF_8), associatedData));
    }

    @Override
    public String open(SealedSecret sealed, byte[] associatedData) {
        try {
            return new String(aes.open(sealed.bytes(), associatedData), StandardCharsets.UTF_8);
        } catch (AesGcm.Unreadable e) {
            throw new UnreadableSecretException(e.getMessage(), e.getCause());
        }
    }
}
