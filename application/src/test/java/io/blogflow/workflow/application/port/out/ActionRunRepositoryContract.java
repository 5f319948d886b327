package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActionRunRepository} does. An implementation's test extends this and gives the repository, its
 * transactions and the posts and sections runs refer to (which a database may require to exist).
 */
public abstract class ActionRunRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-06-01T10:00:00.123456Z");

    protected abstract ActionRunRepository runs();

    /** A post runs may be recorded on. */
    protected abstract PostId aPost();

    /** A section of {@code post}. */
    protected abstract UUID aSectionOf(PostId post);

    /** Someone who may run actions. */
    protected abstract UserId anActor();

    @Test
    void aStartedRunReadsBackEqual() {
        PostId post = aPost();
        ActionRun run = running(post, aSectionOf(post), "key-" + UUID.randomUUID(), NOW);

        ActionRun started = tx(() -> runs().start(run));

        assertThat(started).isEqualTo(run);
        assertThat(tx(() -> runs().find(post, run.id()))).hasValueSatisfying(read -> assertSame(read, run));
    }

    @Test
    void aSecondStartWithTheSameKeyRecordsNothingAndAnswersTheFirstRun() {
        PostId post = aPost();
        ActionRun first = running(post, null, "retried", NOW);
        ActionRun second = running(post, null, "retried", NOW.plusSeconds(1));
        tx(() -> runs().start(first));

        ActionRun answered = tx(() -> runs().start(second));

        assertThat(answered.id()).isEqualTo(first.id());
        assertThat(tx(() -> runs().find(post, second.id()))).isEmpty();
        assertThat(tx(() -> runs().ofPost(post, new PageRequest(1, 10))).total()).isEqualTo(1);
    }

    @Test
    void aKeyIsPerPostAndRunsWithoutAKeyNeverCollide() {
        PostId post = aPost();
        PostId other = aPost();

        tx(() -> runs().start(running(post, null, "same", NOW)));
        ActionRun elsewhere = tx(() -> runs().start(running(other, null, "same", NOW)));
        tx(() -> runs().start(running(post, null, null, NOW)));
        ActionRun unkeyed = running(post, null, null, NOW);

        assertThat(tx(() -> runs().start(unkeyed))).isEqualTo(unkeyed);
        assertThat(tx(() -> runs().find(other, elsewhere.id()))).isPresent();
        assertThat(tx(() -> runs().ofPost(post, new PageRequest(1, 10))).total()).isEqualTo(3);
    }

    @Test
    void aSucceededRunKeepsItsUsageOutputAndThePreviousValue() {
        PostId post = aPost();
        ActionRun run = tx(() -> runs().start(running(post, null, null, NOW)));
        ActionRun done = run.used("gpt-test", 2, 120, 45, new BigDecimal("0.00123400"), "A new title")
                .succeeded(List.of("old", "values"), NOW.plusSeconds(3));

        ActionRun stored = tx(() -> runs().finish(done));

        assertSame(stored, done);
        assertThat(tx(() -> runs().find(post, run.id()))).hasValueSatisfying(read -> assertSame(read, done));
    }

    @Test
    void releasedKeysOfFinishedRunsCanBeUsedAgainWhileARunningRunKeepsItsKey() {
        PostId post = aPost();
        ActionRun finished = tx(() -> runs().start(running(post, null, "old-key", NOW)));
        tx(() -> runs().finish(finished.failed(new RunError("timeout", "provider.timeout", null, "Too slow"),
                NOW.plusSeconds(1))));
        ActionRun stillRunning = tx(() -> runs().start(running(post, null, "busy-key", NOW)));

        assertThat(tx(() -> runs().releaseIdempotencyKeysBefore(NOW.plusSeconds(60)))).isPositive();

        ActionRun again = running(post, null, "old-key", NOW.plusSeconds(61));
        assertThat(tx(() -> runs().start(again)).id()).isEqualTo(again.id());
        assertThat(tx(() -> runs().start(running(post, null, "busy-key", NOW.plusSeconds(62)))).id())
                .isEqualTo(stillRunning.id());
        assertThat(tx(() -> runs().find(post, finished.id()))).isPresent();
    }

    @Test
    void aFailedRunKeepsWhyItFailed() {
        PostId post = aPost();
        ActionRun run = tx(() -> runs().start(running(post, null, null, NOW)));
        ActionRun failed = run.failed(new RunError("rate-limited", "provider.rate-limited", 429, "Slow down"),
                NOW.plusSeconds(1));

        tx(() -> runs().finish(failed));

        assertThat(tx(() -> runs().find(post, run.id()))).hasValueSatisfying(read -> assertSame(read, failed));
    }

    @Test
    void aRunIsFoundOnItsOwnPostOnly() {
        PostId post = aPost();
        ActionRun run = tx(() -> runs().start(running(post, null, null, NOW)));

        assertThat(tx(() -> runs().find(aPost(), run.id()))).isEmpty();
        assertThat(tx(() -> runs().find(post, UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aPostsRunsComeNewestFirstAPageAtATime() {
        PostId post = aPost();
        ActionRun oldest = tx(() -> runs().start(running(post, null, null, NOW)));
        ActionRun middle = tx(() -> runs().start(running(post, null, null, NOW.plusSeconds(60))));
        ActionRun newest = tx(() -> runs().start(running(post, null, null, NOW.plusSeconds(120))));
        tx(() -> runs().start(running(aPost(), null, null, NOW.plusSeconds(180))));

        var first = tx(() -> runs().ofPost(post, new PageRequest(1, 2)));
        var second = tx(() -> runs().ofPost(post, new PageRequest(2, 2)));

        assertThat(first.items()).extracting(ActionRun::id).containsExactly(newest.id(), middle.id());
        assertThat(second.items()).extracting(ActionRun::id).containsExactly(oldest.id());
        assertThat(first.total()).isEqualTo(3);
        assertThat(tx(() -> runs().ofPost(aPost(), new PageRequest(1, 2))).items()).isEmpty();
    }

    private ActionRun running(PostId post, UUID section, String key, Instant at) {
        return ActionRun.start(UUID.randomUUID(), post, section, new ActionId(UUID.randomUUID()), "Suggest a title",
                "title", key, anActor(), false, "titles", 3, at);
    }

    /** Equal, with amounts compared by value (a database may store more decimal places). */
    private static void assertSame(ActionRun actual, ActionRun expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }
}
