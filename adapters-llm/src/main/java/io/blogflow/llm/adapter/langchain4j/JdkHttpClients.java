package io.blogflow.llm.adapter.langchain4j;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP clients every provider call shares. A {@link HttpClient} owns a selector thread and a connection pool,
 * so one per call would leak threads and never reuse a connection; the connect timeout is a client-wide setting, so
 * there is one client per distinct connect timeout (a handful: they come from provider configuration). They share
 * one executor, which also runs the parsing of streamed answers (one thread per open stream, idle threads expire).
 */
public final class JdkHttpClients {

    private final ConcurrentMap<Duration, HttpClient> byConnectTimeout = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public JdkHttpClients() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "llm-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    HttpClient forConnectTimeout(Duration connectTimeout) {
        return byConnectTimeout.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .executor(executor)
                // A redirect would reach a host the URL policy never checked.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    ExecutorService executor() {
        return executor;
    }

    /** How many JDK clients exist (for tests and the bench: it must not grow with the number of calls). */
    int size() {
        return byConnectTimeout.size();
    }
}
