package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.ImageMode;

/**
 * Quarkus' static initialisation (the generated application class: Hibernate's metadata, the bean container, the
 * build-time configuration) needs no database, and it is CPU work where starting the embedded PostgreSQL is mostly
 * waiting for another process. {@link BlogflowMain} runs it here, beside the database's preparation, instead of
 * inside {@code Quarkus.run} after it: a restart pays for the longer of the two rather than for both.
 */
final class QuarkusStaticInit {

    /** The class {@code Quarkus.run} loads; its static initialiser is the static initialisation. */
    static final String APPLICATION_CLASS = "io.quarkus.runner.ApplicationImpl";

    private QuarkusStaticInit() {
    }

    /**
     * Initialises the application class now, with the two settings {@code Quarkus.run} makes before it does so. In a
     * native executable the static initialisation happened at build time; where the class is absent (a run that is
     * not the packaged application) {@code Quarkus.run} does what it always does.
     */
    static void runBeside() {
        if (ImageMode.current() == ImageMode.NATIVE_RUN) {
            return;
        }
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("java.util.concurrent.ForkJoinPool.common.threadFactory",
                "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory");
        try {
            Class.forName(APPLICATION_CLASS, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            // not the packaged application: nothing to do ahead of Quarkus.run
        }
    }
}
