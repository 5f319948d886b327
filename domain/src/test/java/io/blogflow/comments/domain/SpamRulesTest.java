package io.blogflow.comments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpamRulesTest {

    private static final SpamRules RULES = new SpamRules(Duration.ofSeconds(3), Duration.ofHours(24), 2);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aFilledHoneypotIsSpam() {
        assertThat(RULES.honeypot("http://bot.example")).contains("honeypot");
        assertThat(RULES.honeypot("")).isEmpty();
        assertThat(RULES.honeypot(null)).isEmpty();
    }

    @Test
    void theFormMustBeOlderThanTheMinimumAndYoungerThanTheMaximum() {
        assertThat(RULES.formTiming(Optional.of(NOW.minusSeconds(2)), NOW)).contains("too-fast");
        assertThat(RULES.formTiming(Optional.of(NOW.minusSeconds(3)), NOW)).isEmpty();
        assertThat(RULES.formTiming(Optional.of(NOW.minus(Duration.ofHours(25))), NOW)).contains("form-token-expired");
        assertThat(RULES.formTiming(Optional.empty(), NOW)).contains("form-token-invalid");
    }

    @Test
    void linksAreCountedBareAndInMarkdown() {
        assertThat(SpamRules.linkHosts("see [this](https://A.example:8080/x) and www.b.example or http://c.example"))
                .containsExactly("a.example", "b.example", "c.example");
        assertThat(RULES.links("https://a.example https://b.example")).isEmpty();
        assertThat(RULES.links("https://a.example https://b.example https://c.example")).contains("too-many-links");
    }

    @Test
    void theBlocklistMatchesWholeWordsDomainsWithSubdomainsAndAddresses() {
        Blocklist list = new Blocklist(Set.of("Casino"), Set.of("spam.example"), Set.of("bot@x.example", "10.0.0.9"));

        assertThat(list.matches("Visit the CASINO now", List.of(), Optional.empty(), Optional.empty()))
                .containsExactly("blocklist-word");
        assertThat(list.matches("casinos are fine", List.of(), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(list.matches("hi", List.of("www.spam.example"), Optional.empty(), Optional.empty()))
                .containsExactly("blocklist-domain");
        assertThat(list.matches("hi", List.of("notspam.example"), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(list.matches("hi", List.of(), Optional.of("ada@spam.example"), Optional.empty()))
                .containsExactly("blocklist-domain");
        assertThat(list.matches("hi", List.of(), Optional.of("bot@x.example"), Optional.of("10.0.0.9")))
                .containsExactly("blocklist-address");
    }

    @Test
    void blocklistEntriesAreNormalisedAndChecked() {
        assertThat(new Blocklist(Set.of(" Cheap Pills "), Set.of("SPAM.example"), Set.of()).words())
                .containsExactly("cheap pills");
        assertThatThrownBy(() -> new Blocklist(Set.of(), Set.of("bad domain"), Set.of()))
                .hasFieldOrPropertyWithValue("code", "domains.invalid");
    }
}
