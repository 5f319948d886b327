package io.blogflow.shared.domain.job;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of background work and the payload it carries: {@code JobType.of("mail.send", MailJob.class)}. The name is
 * stored with every job (and is the db-scheduler task name), so it never changes once jobs of it exist; the payload is
 * a record that serialises to JSON. {@code maxAttempts} overrides the configured default when positive.
 */
public record JobType<P>(String name, Class<P> payloadType, int maxAttempts) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public JobType {
        Objects.requireNonNull(payloadType, "payloadType");
        if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A job type name is lower-case words joined by dots: " + name);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be positive, or 0 for the default");
        }
    }

    public static <P> JobType<P> of(String name, Class<P> payloadType) {
        return new JobType<>(name, payloadType, 0);
    }

    public JobType<P> withMaxAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("A job has at least one attempt");
        }
        return new JobType<>(name, payloadType, attempts);
    }
}
