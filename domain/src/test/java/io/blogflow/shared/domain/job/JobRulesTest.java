package io.blogflow.shared.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobRulesTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesPerFailedAttemptWithJitterInItsUpperHalf() {
        assertThat(BACKOFF.after(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(BACKOFF.after(1, () -> 0.999999)).isBetween(Duration.ofMillis(9999), Duration.ofSeconds(10));
        assertThat(BACKOFF.after(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(BACKOFF.after(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theWaitNeverExceedsTheMaximumHoweverManyAttemptsFailed() {
        assertThat(BACKOFF.after(6, () -> 0.999999)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(BACKOFF.after(1000, () -> 0.0)).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void aBackoffNeedsAPositiveInitialWaitBelowItsMaximum() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BACKOFF.after(0, () -> 0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jobTypeNamesAreLowerCaseWordsJoinedByDots() {
        assertThat(JobType.of("mail.send", String.class).name()).isEqualTo("mail.send");
        assertThat(JobType.of("notifications.email-digest", String.class).maxAttempts()).isZero();
        assertThat(JobType.of("a.b", String.class).withMaxAttempts(3).maxAttempts()).isEqualTo(3);
        assertThatThrownBy(() -> JobType.of("Mail.Send", String.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobType.of("mail..send", String.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobType.of("a", String.class).withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyADeadJobCanBeRetriedAndOnlyAPendingOneCancelled() {
        assertThat(job(JobState.DEAD)).satisfies(Job::requireRetryable);
        assertThat(job(JobState.PENDING)).satisfies(Job::requireCancellable);
        for (JobState state : JobState.values()) {
            if (state != JobState.DEAD) {
                assertThatThrownBy(() -> job(state).requireRetryable()).isInstanceOf(JobErrors.WrongState.class)
                        .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
            }
            if (state != JobState.PENDING) {
                assertThatThrownBy(() -> job(state).requireCancellable()).isInstanceOf(JobErrors.WrongState.class);
            }
        }
    }

    @Test
    void statesAndPrioritiesParseFromTheirApiNames() {
        assertThat(JobState.parse("dead")).contains(JobState.DEAD);
        assertThat(JobState.parse("finished")).isEmpty();
        assertThat(JobState.SUCCEEDED.finished()).isTrue();
        assertThat(JobState.RUNNING.finished()).isFalse();
        assertThat(JobPriority.parse("high")).contains(JobPriority.HIGH);
        assertThat(JobId.parse("nope")).isEmpty();
    }

    private static Job job(JobState state) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Job(new JobId(UUID.randomUUID()), "mail.send", state, JobPriority.NORMAL, "{}", Optional.empty(), 0,
                5, now, now, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
