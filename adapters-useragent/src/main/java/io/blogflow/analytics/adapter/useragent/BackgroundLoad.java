package io.blogflow.analytics.adapter.useragent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A user-agent parser's rules, built once on a thread of their own: {@link #start()} begins (once the HTTP server
 * listens, so the build does not compete with the start-up), {@link #get()} starts it if nobody did and waits.
 */
final class BackgroundLoad<T> {

    private final String threadName;
    private final Supplier<T> build;
    private final CompletableFuture<T> loaded = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    BackgroundLoad(String threadName, Supplier<T> build) {
        this.threadName = threadName;
        this.build = build;
    }

    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(build.get());
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, threadName);
        loader.setDaemon(true);
        loader.start();
    }

    /** Whether the rules are built, so {@link #get()} answers without waiting. */
    boolean ready() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    T get() {
        start();
        return loaded.join();
    }
}
