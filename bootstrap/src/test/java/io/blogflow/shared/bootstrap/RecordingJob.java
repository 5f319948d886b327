package io.blogflow.shared.bootstrap;

import io.blogflow.shared.application.port.in.JobFailedPermanently;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.domain.job.JobType;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job type for the queue's tests: records every attempt per key, fails the first {@code failures} attempts
 * (for good when {@code permanent}) and records when the queue gave up.
 */
@Singleton
public class RecordingJob implements JobHandler<RecordingJob.Step> {

    public static final JobType<Step> TYPE = JobType.of("test.recording", Step.class).withMaxAttempts(3);

    public record Step(String key, int failures, boolean permanent) {

        public static Step succeeding(String key) {
            return new Step(key, 0, false);
        }
    }

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, String> gaveUp = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @Override
    public JobType<Step> type() {
        return TYPE;
    }

    @Override
    public void handle(Step step, Attempt attempt) {
        int count = attempts.computeIfAbsent(step.key(), k -> new AtomicInteger()).incrementAndGet();
        order.add(step.key());
        if (count <= step.failures()) {
            if (step.permanent()) {
                throw new JobFailedPermanently("gone for good: " + step.key());
            }
            throw new IllegalStateException("failure " + count + " of " + step.key());
        }
    }

    @Override
    public void onGiveUp(Step step, Attempt attempt, String error) {
        gaveUp.put(step.key(), error);
    }

    public int attempts(String key) {
        AtomicInteger count = attempts.get(key);
        return count == null ? 0 : count.get();
    }

    public String gaveUp(String key) {
        return gaveUp.get(key);
    }

    public List<String> order() {
        return List.copyOf(order);
    }
}
