package io.blogflow.blog.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.blogflow.blog.adapter.rest.RenderedPublicAnswers.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderedPublicAnswersTest {

    private final RenderedPublicAnswers cache = new RenderedPublicAnswers(true, Duration.ofMinutes(5), 1 << 20);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void releaseRenders() {
        release.countDown();
    }

    private static Answer answer(String text) {
        return Answer.ok(text.getBytes(StandardCharsets.UTF_8), null, List.of());
    }

    /** A render that waits until the test releases it. */
    private Supplier<Answer> slow(String text) {
        return () -> {
            renders.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer(text);
        };
    }

    private CompletableFuture<Answer> inBackground(String key, Supplier<Answer> render) {
        CompletableFuture<Answer> got = CompletableFuture.supplyAsync(() -> cache.get(key, render));
        await().atMost(Duration.ofSeconds(10)).until(() -> cache.rendering(key) || got.isDone());
        return got;
    }

    @Test
    void identicalMissesRenderOnceAndTheAnswerIsKept() throws Exception {
        CompletableFuture<Answer> first = inBackground("/search?q=tides", slow("tides"));
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(
                () -> cache.get("/search?q=tides", slow("tides again")));

        release.countDown();

        assertThat(new String(first.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8)).isEqualTo("tides");
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get());
        assertThat(cache.peek("/search?q=tides")).isSameAs(first.get());
        assertThat(renders).hasValue(1);
    }

    @Test
    void aSlowRenderHoldsUpNoOtherKey() throws Exception {
        CompletableFuture<Answer> search = inBackground("/search?q=everything", slow("slow"));

        Answer other = CompletableFuture.supplyAsync(() -> cache.get("/by-slug/tides", () -> answer("post")))
                .get(10, TimeUnit.SECONDS);

        assertThat(new String(other.body(), StandardCharsets.UTF_8)).isEqualTo("post");
        assertThat(search).isNotDone();
    }

    @Test
    void anAnswerRenderedAcrossAContentChangeIsNotKept() throws Exception {
        CompletableFuture<Answer> rendering = inBackground("/by-slug/tides", slow("before the change"));

        cache.invalidateAll();
        release.countDown();

        assertThat(rendering.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(cache.peek("/by-slug/tides")).isNull();
    }

    @Test
    void aFailedRenderKeepsNothingAndTheNextMissRendersAgain() {
        IllegalStateException refused = new IllegalStateException("refused");

        assertThatThrownBy(() -> cache.get("/search?q=x", () -> {
            throw refused;
        })).isSameAs(refused);

        assertThat(cache.peek("/search?q=x")).isNull();
        assertThat(cache.rendering("/search?q=x")).isFalse();
        assertThat(new String(cache.get("/search?q=x", () -> answer("x")).body(), StandardCharsets.UTF_8))
                .isEqualTo("x");
    }
}
