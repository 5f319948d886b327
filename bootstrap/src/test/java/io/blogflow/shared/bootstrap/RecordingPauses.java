package io.blogflow.shared.bootstrap;

import io.blogflow.llm.application.port.out.Pauses;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The waits between provider retries in Quarkus tests: recorded, not slept, so a test asserts the wait it expected
 * (a {@code Retry-After}, a backoff) without a wall clock. Tests that read it call {@link #clear()} first.
 */
@Alternative
@Priority(1)
@Singleton
public class RecordingPauses implements Pauses {

    private final List<Duration> taken = new CopyOnWriteArrayList<>();

    @Override
    public void pause(Duration duration) {
        taken.add(duration);
    }

    /** The waits asked for since the last {@link #clear()}, in order. */
    public List<Duration> taken() {
        return List.copyOf(taken);
    }

    public void clear() {
        taken.clear();
    }
}
