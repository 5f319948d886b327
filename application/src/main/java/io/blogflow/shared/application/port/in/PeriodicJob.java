package io.blogflow.shared.application.port.in;

import java.time.Duration;

/**
 * Work repeated at a fixed delay (cleanups, scheduled publishing), contributed as a CDI bean by any context. However
 * many instances run, each occurrence runs on exactly one of them; a failure is logged and the next occurrence comes
 * at the usual time.
 */
public interface PeriodicJob {

    /** Stable, unique name (lower-case words joined by dots or dashes), e.g. {@code blog.publish-due-posts}. */
    String name();

    /** Delay between the end of one run and the start of the next; zero switches the job off. */
    Duration interval();

    void run();
}
