package io.blogflow.comments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three verdicts and how two checks' verdicts combine: spam over hold over accept, every reason kept. */
class SpamVerdictTest {

    private static final SpamVerdict SPAM = new SpamVerdict(List.of("honeypot"));
    private static final SpamVerdict HELD = SpamVerdict.hold(List.of("Insults the author"));
    private static final CommentPolicy AUTO_APPROVE = new CommentPolicy(3, 2, 50, Optional.empty(), true, true);

    @Test
    void aVerdictIsSpamHeldOrClean() {
        assertThat(SPAM.spam()).isTrue();
        assertThat(SPAM.held()).isFalse();
        assertThat(HELD.spam()).isFalse();
        assertThat(HELD.held()).isTrue();
        assertThat(SpamVerdict.CLEAN.spam()).isFalse();
        assertThat(SpamVerdict.CLEAN.held()).isFalse();
        assertThatThrownBy(() -> SpamVerdict.hold(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spamOutweighsAHoldWhicheverCheckSaidItAndKeepsBothReasons() {
        for (SpamVerdict combined : List.of(SPAM.and(HELD), HELD.and(SPAM))) {
            assertThat(combined.spam()).isTrue();
            assertThat(combined.held()).isFalse();
            assertThat(combined.spamReasons()).containsExactly("honeypot");
            assertThat(combined.moderationReasons()).containsExactly("Insults the author");
            assertThat(AUTO_APPROVE.initialState(combined, true, true)).isEqualTo(CommentState.SPAM);
        }
    }

    @Test
    void aHoldOutweighsAcceptanceAndAutoApproval() {
        SpamVerdict combined = SpamVerdict.CLEAN.and(HELD);
        assertThat(combined).isEqualTo(HELD.and(SpamVerdict.CLEAN));
        assertThat(combined.held()).isTrue();
        assertThat(AUTO_APPROVE.initialState(combined, true, true)).isEqualTo(CommentState.PENDING);
    }

    @Test
    void twoCleanVerdictsLeaveThePolicyToDecide() {
        SpamVerdict combined = SpamVerdict.CLEAN.and(SpamVerdict.CLEAN);
        assertThat(combined).isEqualTo(SpamVerdict.CLEAN);
        assertThat(AUTO_APPROVE.initialState(combined, true, false)).isEqualTo(CommentState.APPROVED);
        assertThat(CommentPolicy.DEFAULT.initialState(combined, true, false)).isEqualTo(CommentState.PENDING);
    }

    @Test
    void reasonsAreKeptInOrderOnce() {
        SpamVerdict combined = SpamVerdict.hold(List.of("a", "b")).and(SpamVerdict.hold(List.of("b", "c")));
        assertThat(combined.moderationReasons()).containsExactly("a", "b", "c");
    }
}
