package io.blogflow.engagement.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.engagement.domain.VisitorKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacFingerprintsTest {

    private static final VisitorKey KEY = new VisitorKey("0b6f1c7e-5a1d-4c1e-9f3b-2d4a6e8c0f12");

    private static byte[] secret(int fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) fill);
        return secret;
    }

    @Test
    void theSameVisitorKeyAlwaysGivesTheSameFingerprintAndNeverContainsTheKey() {
        var fingerprints = new HmacFingerprints(secret(7));
        var first = fingerprints.of(KEY);
        assertThat(fingerprints.of(KEY)).isEqualTo(first);
        assertThat(first.hex()).hasSize(64).doesNotContain("0b6f1c7e");
        assertThat(fingerprints.of(new VisitorKey("another-visitor-key-123"))).isNotEqualTo(first);
    }

    @Test
    void anotherServerSecretGivesAnotherFingerprint() {
        assertThat(new HmacFingerprints(secret(7)).of(KEY)).isNotEqualTo(new HmacFingerprints(secret(8)).of(KEY));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new HmacFingerprints(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesTokensAndUnsubscribeProofsAreHashedEachWithTheirOwnKey() {
        var fingerprints = new HmacFingerprints(secret(7));
        var email = new io.blogflow.engagement.domain.SubscriberEmail("Reader@Example.org ");
        assertThat(fingerprints.of(email)).isEqualTo(fingerprints.of(
                new io.blogflow.engagement.domain.SubscriberEmail("reader@example.org")));
        assertThat(fingerprints.ofToken("reader@example.org")).isNotEqualTo(fingerprints.of(email));
        var id = new io.blogflow.engagement.domain.SubscriberId(java.util.UUID.randomUUID());
        assertThat(fingerprints.unsubscribeProof(id)).isEqualTo(fingerprints.unsubscribeProof(id))
                .isNotEqualTo(fingerprints.ofToken(id.value().toString()));
    }

    @Test
    void sealedPersonalDataOpensOnlyForItsOwner() {
        var cipher = new AesGcmPersonalDataCipher(secret(3));
        var owner = new io.blogflow.engagement.domain.SubscriberId(java.util.UUID.randomUUID());
        byte[] sealed = cipher.seal("reader@example.org", owner);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("reader");
        assertThat(cipher.open(sealed, owner)).isEqualTo("reader@example.org");
        var other = new io.blogflow.engagement.domain.SubscriberId(java.util.UUID.randomUUID());
        assertThatThrownBy(() -> cipher.open(sealed, other)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        var tokens = new SecureRandomTokens();
        String token = tokens.newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(tokens.newToken());
    }
}
