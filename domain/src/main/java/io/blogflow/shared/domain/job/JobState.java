package io.blogflow.shared.domain.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a job is in its life: waiting (first run or a retry), running on some instance, or finished one of three
 * ways. A dead job used up its attempts (or failed for good) and waits for an admin to retry it.
 */
public enum JobState {
    PENDING, RUNNING, SUCCEEDED, DEAD, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == DEAD || this == CANCELLED;
    }

    /** The state named in an API ({@code dead}), case-insensitively. */
    public static Optional<JobState> parse(String raw) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(raw)).findFirst();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
