package io.blogflow.comments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModerationAnswerTest {

    @Test
    void okAcceptsTheComment() {
        assertThat(ModerationAnswer.verdictOf("OK")).isEqualTo(SpamVerdict.CLEAN);
        assertThat(ModerationAnswer.verdictOf("  ok.\n")).isEqualTo(SpamVerdict.CLEAN);
        assertThat(ModerationAnswer.verdictOf("**OK**")).isEqualTo(SpamVerdict.CLEAN);
    }

    @Test
    void holdGivesItsReasonsOnTheSameLineOrOnePerLine() {
        assertThat(ModerationAnswer.verdictOf("HOLD: Insults the author").moderationReasons())
                .containsExactly("Insults the author");
        assertThat(ModerationAnswer.verdictOf("Hold\n- Insults the author\n\n* Shares a phone number\n2) Off topic")
                .moderationReasons()).containsExactly("Insults the author", "Shares a phone number", "Off topic");
    }

    @Test
    void aHoldWithoutAReasonIsStillAHold() {
        assertThat(ModerationAnswer.verdictOf("HOLD").moderationReasons()).containsExactly(ModerationAnswer.NO_REASON);
    }

    @Test
    void reasonsAreBoundedInNumberAndLength() {
        String answer = "HOLD\n" + "x".repeat(1000) + "\nb\nc\nd\ne\nf\ng";
        List<String> reasons = ModerationAnswer.verdictOf(answer).moderationReasons();
        assertThat(reasons).hasSize(ModerationAnswer.MAX_REASONS);
        assertThat(reasons.get(0)).hasSize(ModerationAnswer.MAX_REASON_LENGTH);
    }

    @Test
    void anythingElseIsUnreadableAndHeld() {
        for (String answer : new String[]{null, "", "   ", "Okay, this looks fine", "I think it is spam", "HOLDS"}) {
            SpamVerdict verdict = ModerationAnswer.verdictOf(answer);
            assertThat(verdict.held()).as(String.valueOf(answer)).isTrue();
            assertThat(verdict.moderationReasons()).containsExactly(ModerationAnswer.UNREADABLE);
        }
    }

    @Test
    void anUnavailableCheckHoldsTheComment() {
        assertThat(ModerationAnswer.unavailable()).isEqualTo(SpamVerdict.hold(List.of(ModerationAnswer.UNAVAILABLE)));
    }
}
