package io.blogflow.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class EngagementValuesTest {

    @Test
    void aVisitorKeyIsSixteenToOneHundredTwentyEightUrlSafeCharacters() {
        assertThat(new VisitorKey("3f0c2a9e-8d41-4b6a-a0f5-1c2d3e4f5a6b").value()).hasSize(36);
        assertThat(new VisitorKey("a".repeat(128)).value()).hasSize(128);
        for (String bad : new String[] {null, "", "short-key", "a".repeat(129), "has spaces in the key!!", "ключ-ключ-ключ-ключ"}) {
            assertThatThrownBy(() -> new VisitorKey(bad)).isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "visitor-key.invalid");
        }
    }

    @Test
    void aVisitorKeyNeverShowsItselfInLogs() {
        assertThat(new VisitorKey("secret-visitor-key-1234").toString()).doesNotContain("secret");
    }

    @Test
    void aShareNetworkIsALowerCaseNameAndIsNormalised() {
        assertThat(new ShareNetwork(" Mastodon ").value()).isEqualTo("mastodon");
        assertThat(new ShareNetwork("hacker-news").value()).isEqualTo("hacker-news");
        for (String bad : new String[] {null, "", "1password", "a".repeat(33), "x.com", "e mail"}) {
            assertThatThrownBy(() -> new ShareNetwork(bad)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void countsAreNeverNegative() {
        assertThatThrownBy(() -> new EngagementCounts(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LikeState(true, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
