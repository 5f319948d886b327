package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ImageGenerationRepository} does. An implementation's test gives it, its transactions and the
 * posts generations are for.
 */
public abstract class ImageGenerationRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-06-01T10:00:00.123456Z");

    protected abstract ImageGenerationRepository generations();

    protected abstract UUID aPost();

    protected abstract UserId aRequester();

    @Test
    void aStartedGenerationReadsBackEqual() {
        UUID post = aPost();
        ImageGeneration generation = running(post, "key-" + UUID.randomUUID(), NOW);

        assertThat(tx(() -> generations().start(generation))).isEqualTo(generation);
        assertThat(tx(() -> generations().find(post, generation.id()))).contains(generation);
    }

    @Test
    void aSecondStartWithTheSameKeyRecordsNothingAndAnswersTheFirst() {
        UUID post = aPost();
        ImageGeneration first = tx(() -> generations().start(running(post, "retried", NOW)));

        ImageGeneration answered = tx(() -> generations().start(running(post, "retried", NOW.plusSeconds(1))));

        assertThat(answered).isEqualTo(first);
        assertThat(tx(() -> generations().ofPost(post, new PageRequest(1, 10))).total()).isEqualTo(1);
        assertThat(tx(() -> generations().start(running(aPost(), "retried", NOW))).id()).isNotEqualTo(first.id());
    }

    @Test
    void aSucceededGenerationKeepsItsMediaAndUsage() {
        UUID post = aPost();
        ImageGeneration started = tx(() -> generations().start(running(post, null, NOW)));
        ImageGeneration done = started.succeeded(new MediaId(UUID.randomUUID()), "A revised prompt", 200, 4200L,
                30, 0, NOW.plusSeconds(5));

        assertThat(tx(() -> generations().finish(done))).isEqualTo(done);
        assertThat(tx(() -> generations().find(post, started.id()))).contains(done);
    }

    @Test
    void releasedKeysOfFinishedGenerationsCanBeUsedAgainWhileARunningOneKeepsItsKey() {
        UUID post = aPost();
        ImageGeneration finished = tx(() -> generations().start(running(post, "old-key", NOW)));
        tx(() -> generations().finish(finished.failed("timeout", "timeout", "Too slow", null, 900L,
                NOW.plusSeconds(1))));
        ImageGeneration stillRunning = tx(() -> generations().start(running(post, "busy-key", NOW)));

        assertThat(tx(() -> generations().releaseIdempotencyKeysBefore(NOW.plusSeconds(60)))).isPositive();

        ImageGeneration again = running(post, "old-key", NOW.plusSeconds(61));
        assertThat(tx(() -> generations().start(again)).id()).isEqualTo(again.id());
        assertThat(tx(() -> generations().start(running(post, "busy-key", NOW.plusSeconds(62)))).id())
                .isEqualTo(stillRunning.id());
    }

    @Test
    void aFailedGenerationKeepsWhyItFailed() {
        UUID post = aPost();
        ImageGeneration started = tx(() -> generations().start(running(post, null, NOW)));
        ImageGeneration failed = started.failed("content-policy", "content_policy_violation", "Refused", 400, 800L,
                NOW.plusSeconds(1));

        tx(() -> generations().finish(failed));

        assertThat(tx(() -> generations().find(post, started.id()))).contains(failed);
    }

    @Test
    void aGenerationIsFoundOnItsOwnPostOnlyAndAPostsComeNewestFirst() {
        UUID post = aPost();
        ImageGeneration older = tx(() -> generations().start(running(post, null, NOW)));
        ImageGeneration newer = tx(() -> generations().start(running(post, null, NOW.plusSeconds(60))));

        assertThat(tx(() -> generations().find(aPost(), older.id()))).isEmpty();
        var first = tx(() -> generations().ofPost(post, new PageRequest(1, 1)));
        assertThat(first.items()).containsExactly(newer);
        assertThat(first.total()).isEqualTo(2);
        assertThat(tx(() -> generations().ofPost(post, new PageRequest(2, 1))).items()).containsExactly(older);
    }

    private ImageGeneration running(UUID post, String key, Instant at) {
        return ImageGeneration.start(UUID.randomUUID(), post, null, aRequester(), key, "A teapot at dawn",
                UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "gpt-image-1", 1024, 1024, at);
    }
}
