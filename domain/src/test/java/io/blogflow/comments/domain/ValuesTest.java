package io.blogflow.comments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void emailsAreNormalisedAndNeverPrinted() {
        AuthorEmail email = new AuthorEmail("  Ada@Example.ORG ");
        assertThat(email.value()).isEqualTo("ada@example.org");
        assertThat(email.domain()).isEqualTo("example.org");
        assertThat(email.toString()).doesNotContain("ada");
        assertThatThrownBy(() -> new AuthorEmail("ada")).hasFieldOrPropertyWithValue("code", "authorEmail.invalid");
    }

    @Test
    void websitesAreAbsoluteHttpAddresses() {
        assertThat(new AuthorWebsite("https://ada.example/about").host()).isEqualTo("ada.example");
        assertThatThrownBy(() -> new AuthorWebsite("javascript:alert(1)"))
                .hasFieldOrPropertyWithValue("code", "authorUrl.invalid");
        assertThatThrownBy(() -> new AuthorWebsite("/relative")).hasFieldOrPropertyWithValue("code",
                "authorUrl.invalid");
    }

    @Test
    void namesAreOneShortLine() {
        assertThat(new AuthorName("  Ada ").value()).isEqualTo("Ada");
        assertThatThrownBy(() -> new AuthorName("a\nb")).hasFieldOrPropertyWithValue("code", "authorName.invalid");
        assertThatThrownBy(() -> new AuthorName("x".repeat(81)))
                .hasFieldOrPropertyWithValue("code", "authorName.too-long");
    }

    @Test
    void theBodyDigestIgnoresCaseAndSpacing() {
        assertThat(new CommentText("Buy  CHEAP\nwatches").digest())
                .isEqualTo(new CommentText("buy cheap watches").digest())
                .isNotEqualTo(new CommentText("buy cheap clocks").digest());
    }

    @Test
    void statesAndActionsParseFromTheirCodes() {
        assertThat(CommentState.parse("pending")).isEqualTo(CommentState.PENDING);
        assertThat(ModerationAction.parse("restore")).isEqualTo(ModerationAction.RESTORE);
        assertThatThrownBy(() -> CommentState.parse("PENDING")).hasFieldOrPropertyWithValue("code", "state.unknown");
    }
}
