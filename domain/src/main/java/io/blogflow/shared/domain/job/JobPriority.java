package io.blogflow.shared.domain.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Among due jobs, higher priorities are claimed first; within one priority, the earliest due first. */
public enum JobPriority {
    LOW, NORMAL, HIGH;

    public static Optional<JobPriority> parse(String raw) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(raw)).findFirst();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
