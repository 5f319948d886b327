package io.blogflow.shared.adapter.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK's own provider (hardware-accelerated, maintained with the runtime): a fresh random
 * 96-bit nonce per encryption and a 128-bit tag, so any change to the stored bytes, or opening them for another
 * owner (associated data), fails instead of yielding garbage. The sealing every context's cipher port uses.
 *
 * <p>Stored layout: {@code [format 0x01][nonce, 12 bytes][ciphertext || tag, 16 bytes]}. The leading format byte
 * leaves room for a later key-rotation scheme (e.g. a key id) without guessing at old rows.
 */
public final class AesGcm {

    public static final int KEY_BYTES = 32;
    static final byte FORMAT = 0x01;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random;

    public AesGcm(byte[] key, SecureRandom random) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The encryption key must be " + KEY_BYTES + " bytes (AES-256), not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws Unreadable when the bytes were altered, belong to other associated data or another key */
    public byte[] open(byte[] sealed, byte[] associatedData) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new Unreadable("Not a sealed secret of a known format", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new Unreadable("The sealed secret was altered, belongs to another owner, or was sealed with "
                    + "another key", e);
        } catch (GeneralSecurityException e) {
            throw new Unreadable("The sealed secret could not be opened", e);
        }
    }

    /** Bytes that do not open with this key and associated data. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
