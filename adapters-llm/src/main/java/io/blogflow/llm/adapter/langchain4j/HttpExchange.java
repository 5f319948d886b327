package io.blogflow.llm.adapter.langchain4j;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one call's HTTP exchange got as far as it went: the response status and headers (kept for error responses
 * too, which LangChain4j's exceptions reduce to status and body), the body of an error response; and how to abort
 * it when the caller stops waiting.
 */
final class HttpExchange {

    private volatile int status;
    private volatile Map<String, List<String>> headers = Map.of();
    private volatile String errorBody;
    private volatile boolean aborted;
    private volatile Runnable onBodyEnd = () -> { };
    private final List<Runnable> aborts = new CopyOnWriteArrayList<>();

    void responded(int status, Map<String, List<String>> headers) {
        this.status = status;
        this.headers = headers;
    }

    void failedWith(String errorBody) {
        this.errorBody = errorBody;
    }

    /** The response status, 0 when no response arrived. */
    int status() {
        return status;
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header (the JDK's header map ignores case), or {@code null}. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String errorBody() {
        return errorBody;
    }

    /** Runs when a streamed body has been read to its end and LangChain4j has seen all of it. */
    void onBodyEnd(Runnable action) {
        this.onBodyEnd = action;
    }

    void bodyEnded() {
        onBodyEnd.run();
    }

    /** Registers how to stop the exchange; runs at once when it was already aborted. */
    void onAbort(Runnable action) {
        aborts.add(action);
        if (aborted) {
            action.run();
        }
    }

    void abort() {
        aborted = true;
        aborts.forEach(Runnable::run);
    }
}
