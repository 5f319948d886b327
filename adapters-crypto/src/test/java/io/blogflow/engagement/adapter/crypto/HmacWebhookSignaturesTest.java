package io.blogflow.engagement.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HmacWebhookSignaturesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T20:00:00Z");
    private static final byte[] BODY = "{\"type\": \"bounce\", \"email\": \"a@example.org\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final HmacWebhookSignatures signatures = signatures("the shared secret");

    private static HmacWebhookSignatures signatures(String secret) {
        return new HmacWebhookSignatures(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String header(HmacWebhookSignatures signer, long t, byte[] body) {
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(signer.sign(t, body));
    }

    @Test
    void aSignatureOverTheBodyWithinTheToleranceVerifies() {
        long now = NOW.getEpochSecond();
        assertThat(signatures.verifies(BODY, header(signatures, now, BODY))).isTrue();
        assertThat(signatures.verifies(BODY, header(signatures, now - 300, BODY))).isTrue();
        assertThat(signatures.verifies(BODY, " t=" + now + " , v1=00, v1="
                + HexFormat.of().formatHex(signatures.sign(now, BODY)))).isTrue();
    }

    @Test
    void forgedStaleMalformedOrUnconfiguredNeverVerifies() {
        long now = NOW.getEpochSecond();
        byte[] other = "{\"type\": \"complaint\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signatures.verifies(other, header(signatures, now, BODY))).isFalse();
        assertThat(signatures.verifies(BODY, header(signatures("another secret"), now, BODY))).isFalse();
        assertThat(signatures.verifies(BODY, header(signatures, now - 301, BODY))).isFalse();
        assertThat(signatures.verifies(BODY, header(signatures, now + 301, BODY))).isFalse();
        assertThat(signatures.verifies(BODY, "v1=" + HexFormat.of().formatHex(signatures.sign(now, BODY)))).isFalse();
        assertThat(signatures.verifies(BODY, "t=" + now)).isFalse();
        assertThat(signatures.verifies(BODY, "t=soon,v1=00")).isFalse();
        assertThat(signatures.verifies(BODY, "t=" + now + ",v1=not-hex")).isFalse();
        assertThat(signatures.verifies(BODY, null)).isFalse();
        assertThat(signatures(null).configured()).isFalse();
        assertThat(signatures(null).verifies(BODY, header(signatures, now, BODY))).isFalse();
    }
}
