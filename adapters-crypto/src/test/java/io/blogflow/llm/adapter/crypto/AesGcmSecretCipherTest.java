package io.blogflow.llm.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.application.port.out.SecretCipher.UnreadableSecretException;
import io.blogflow.llm.domain.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OWNER = "llm-provider:1".getBytes(StandardCharsets.UTF_8);

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(KEY);

    @Test
    void aSealedSecretOpensToTheSamePlaintext() {
        SealedSecret sealed = cipher.seal("sk-live-åbc 123", OWNER);

        assertThat(cipher.open(sealed, OWNER)).isEqualTo("sk-live-åbc 123");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("sk-live");
        assertThat(sealed.bytes()).hasSize(1 + 12 + "sk-live-åbc 123".getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void anyFlippedBitIsDetected() {
        byte[] bytes = cipher.seal("sk-secret", OWNER).bytes();
        for (int i = 1; i < bytes.length; i++) { // every byte after the format marker: nonce, ciphertext, tag
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(new SealedSecret(tampered), OWNER))
                    .as("bit flipped in byte %d", i).isInstanceOf(UnreadableSecretException.class);
        }
    }

    @Test
    void aSecretDoesNotOpenForAnotherOwner() {
        SealedSecret sealed = cipher.seal("sk-secret", OWNER);

        assertThatThrownBy(() -> cipher.open(sealed, "llm-provider:2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void aSecretDoesNotOpenWithAnotherKey() {
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 0x01;
        SealedSecret sealed = cipher.seal("sk-secret", OWNER);

        assertThatThrownBy(() -> new AesGcmSecretCipher(otherKey).open(sealed, OWNER))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        Set<String> nonces = new HashSet<>();
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = cipher.seal("same plaintext", OWNER).bytes();
            nonces.add(Arrays.toString(Arrays.copyOfRange(bytes, 1, 13)));
            ciphertexts.add(Arrays.toString(bytes));
        }
        assertThat(nonces).hasSize(1000);
        assertThat(ciphertexts).hasSize(1000);
    }

    @Test
    void truncatedOrForeignBytesAreRefused() {
        assertThatThrownBy(() -> cipher.open(new SealedSecret(new byte[] {1, 2, 3}), OWNER))
                .isInstanceOf(UnreadableSecretException.class);
        byte[] bytes = cipher.seal("sk-secret", OWNER).bytes();
        bytes[0] = 0x02;
        assertThatThrownBy(() -> cipher.open(new SealedSecret(bytes), OWNER))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
