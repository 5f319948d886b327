package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class VisitorIdTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");
    private static final String UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    private static DailySalt salt(LocalDate day, int fill) {
        byte[] key = new byte[DailySalt.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return new DailySalt(day, key);
    }

    @Test
    void theHmacMatchesRfc4231TestCaseTwo() {
        byte[] mac = HmacSha256.mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void theHmacMatchesTheJdksForAKeyLongerThanABlock() throws Exception {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] message = "Test Using Larger Than Block-Size Key".getBytes(StandardCharsets.US_ASCII);
        assertThat(HmacSha256.mac(key, message)).isEqualTo(jdk.doFinal(message));
    }

    @Test
    void theVisitorIdIsTheFirst64BitsOfTheKeyedHashOfSiteIpAndUserAgent() throws Exception {
        DailySalt salt = salt(DAY, 7);
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(salt.key(), "HmacSHA256"));
        byte[] expected = jdk.doFinal(("blog.example\u001f203.0.113.9\u001f" + UA).getBytes(StandardCharsets.UTF_8));
        assertThat(salt.visitor("blog.example", "203.0.113.9", UA).value())
                .isEqualTo(ByteBuffer.wrap(expected).getLong());
    }

    @Test
    void theSameClientIsTheSameVisitorOnOneDayAndAnotherOneWithAnotherSaltSiteAddressOrBrowser() {
        VisitorId id = salt(DAY, 1).visitor("blog.example", "203.0.113.9", UA);
        assertThat(salt(DAY, 1).visitor("blog.example", "203.0.113.9", UA)).isEqualTo(id);
        assertThat(salt(DAY, 2).visitor("blog.example", "203.0.113.9", UA)).isNotEqualTo(id);
        assertThat(salt(DAY, 1).visitor("other.example", "203.0.113.9", UA)).isNotEqualTo(id);
        assertThat(salt(DAY, 1).visitor("blog.example", "203.0.113.10", UA)).isNotEqualTo(id);
        assertThat(salt(DAY, 1).visitor("blog.example", "203.0.113.9", UA + " ")).isNotEqualTo(id);
    }

    @Test
    void aVisitStillOpenUnderYesterdaysSaltKeepsItsIdAcrossMidnight() {
        DailySalt yesterday = salt(DAY.minusDays(1), 1);
        DailySalt today = salt(DAY, 2);
        SaltPair salts = new SaltPair(today, Optional.of(yesterday));
        VisitorId before = yesterday.visitor("blog.example", "203.0.113.9", UA);

        assertThat(salts.identify("blog.example", "203.0.113.9", UA, before::equals)).isEqualTo(before);
        assertThat(salts.identify("blog.example", "203.0.113.9", UA, id -> false))
                .isEqualTo(today.visitor("blog.example", "203.0.113.9", UA));
        assertThat(new SaltPair(today, Optional.empty()).identify("blog.example", "203.0.113.9", UA, id -> true))
                .isEqualTo(today.visitor("blog.example", "203.0.113.9", UA));
    }

    @Test
    void onlyYesterdaysSaltCanBeThePreviousOne() {
        assertThatThrownBy(() -> new SaltPair(salt(DAY, 2), Optional.of(salt(DAY.minusDays(2), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaltExpires48HoursAfterItsDayBegan() {
        DailySalt salt = salt(DAY, 1);
        assertThat(salt.expiredAt(Instant.parse("2026-03-02T23:59:59Z"))).isFalse();
        assertThat(salt.expiredAt(Instant.parse("2026-03-03T00:00:00Z"))).isTrue();
        assertThat(DailySalt.dayOf(Instant.parse("2026-03-01T23:59:59Z"))).isEqualTo(DAY);
    }

    @Test
    void aSaltIs32BytesAndHidesItsKey() {
        assertThatThrownBy(() -> new DailySalt(DAY, new byte[16])).isInstanceOf(IllegalArgumentException.class);
        DailySalt salt = salt(DAY, 1);
        salt.key()[0] = 99;
        assertThat(salt.key()[0]).isEqualTo((byte) 1);
        assertThat(salt.toString()).doesNotContain("1, 1");
    }
}
