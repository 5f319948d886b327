package io.blogflow.llm.adapter.crypto;

import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK's own provider (hardware-accelerated, maintained with the runtime): a fresh random
 * 96-bit nonce per encryption and a 128-bit tag, so any change to the stored bytes, or opening them for another
 * owner (associated data), fails instead of yielding garbage.
 *
 * <p>Stored layout: {@code [format 0x01][nonce, 12 bytes][ciphertext || tag, 16 bytes]}. The leading format byte
 * leaves room for a later key-rotation scheme (e.g. a key id) without guessing at old rows.
 */
public final class AesGcmSecretCipher implements SecretCipher {

    public static final int KEY_BYTES = 32;
    static final byte FORMAT = 0x01;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random;

    public AesGcmSecretCipher(byte[] key) {
        this(key, new SecureRandom());
    }

    AesGcmSecretCipher(byte[] key, SecureRandom random) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The encryption key must be " + KEY_BYTES + " bytes (AES-256), not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    @Override
    public SealedSecret seal(String plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public String open(SealedSecret sealed, byte[] associatedData) {
        byte[] bytes = sealed.bytes();
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw new UnreadableSecretException("Not a sealed secret of a known format", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(bytes, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            byte[] plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableSecretException("The sealed secret was altered, belongs to another owner, or was "
                    + "sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new UnreadableSecretException("The sealed secret could not be opened", e);
        }
    }
}
