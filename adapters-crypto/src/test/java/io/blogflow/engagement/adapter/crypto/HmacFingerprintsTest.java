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
}
