package io.blogflow.llm.adapter.langchain4j;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * LangChain4j's HTTP client SPI on a shared JDK client, recording each exchange in an {@link HttpExchange}.
 * <p>
 * Why not LangChain4j's own {@code JdkHttpClient} (or a decorator around it): it builds a new
 * {@code java.net.http.HttpClient} per instance, i.e. per model, i.e. per call here (a selector thread and a cold
 * connection pool each time); and on an error status it throws {@code HttpException(status, body)}, dropping the
 * response headers, so {@code Retry-After} cannot be recovered from outside it. This class is what it does
 * (JSON POSTs, streamed bodies handed to LangChain4j's parser) plus the recording, on clients that are shared.
 */
final class RecordingHttpClient implements HttpClient {

    private final java.net.http.HttpClient jdk;
    private final Duration timeout;
    private final HttpExchange exchange;

    private RecordingHttpClient(java.net.http.HttpClient jdk, Duration timeout, HttpExchange exchange) {
        this.jdk = jdk;
        this.timeout = timeout;
        this.exchange = exchange;
    }

    /** Blocking: the timeout bounds the whole exchange, body included (the JDK's request timeout stops at headers). */
    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> sent = jdk.sendAsync(toJdk(request), BodyHandlers.ofString());
        exchange.onAbort(() -> sent.cancel(true));
        HttpResponse<String> response;
        try {
            response = sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            sent.cancel(true);
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
        recordAndCheck(response.statusCode(), response.headers().map(), response.body());
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                .headers(response.headers().map()).body(response.body()).build();
    }

    /**
     * Streaming: LangChain4j's parser reads the body on the shared executor and drives the listener; every failure
     * reaches {@code listener.onError}. The caller bounds the time (it waits on the listener's events).
     */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CompletableFuture<HttpResponse<InputStream>> sent = jdk.sendAsync(toJdk(request), BodyHandlers.ofInputStream());
        exchange.onAbort(() -> sent.cancel(true));
        sent.whenCompleteAsync((response, failure) -> {
            if (failure != null) {
                listener.onError(failure instanceof CompletionException ? failure.getCause() : failure);
                return;
            }
            try (InputStream body = response.body()) {
                exchange.onAbort(() -> closeQuietly(body));
                String errorBody = response.statusCode() / 100 == 2 ? null
                        : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                recordAndCheck(response.statusCode(), response.headers().map(), errorBody);
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                        .headers(response.headers().map()).build());
                parser.parse(body, listener);
                listener.onClose();
                exchange.bodyEnded();
            } catch (IOException e) {
                listener.onError(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                listener.onError(e);
            }
        }, jdkExecutor());
    }

    private java.util.concurrent.Executor jdkExecutor() {
        return jdk.executor().orElseThrow();
    }

    private void recordAndCheck(int status, java.util.Map<String, java.util.List<String>> headers, String errorBody) {
        exchange.responded(status, headers);
        if (status / 100 != 2) {
            exchange.failedWith(errorBody);
            throw new HttpException(status, errorBody);
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("multipart requests are not used by the chat APIs");
        }
        URI uri = URI.create(request.url());
        java.net.http.HttpRequest.Builder jdkRequest = java.net.http.HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(request.method().name(), request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // No "Upgrade: h2c" on plain HTTP: local servers and proxies (Ollama's among them) mishandle it.
            jdkRequest.version(java.net.http.HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach((name, values) -> values.forEach(value -> jdkRequest.header(name, value)));
        return jdkRequest.build();
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the stream is being abandoned
        }
    }

    /**
     * Hands LangChain4j's models a client for one call, with the call's timeouts. The models set timeouts of their own
     * on the builder (OpenAI's: 60 s unless told otherwise, and one value for both connect and read), so the setters
     * keep the call's values: they are what the caller asked for.
     */
    static final class Builder implements HttpClientBuilder {

        private final JdkHttpClients clients;
        private final HttpExchange exchange;
        private final Duration connectTimeout;
        private final Duration timeout;

        Builder(JdkHttpClients clients, HttpExchange exchange, Duration connectTimeout, Duration timeout) {
            this.clients = clients;
            this.exchange = exchange;
            this.connectTimeout = connectTimeout;
            this.timeout = timeout;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration ignored) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return timeout;
        }

        @Override
        public Builder readTimeout(Duration ignored) {
            return this;
        }

        @Override
        public HttpClient build() {
            return new RecordingHttpClient(clients.forConnectTimeout(connectTimeout), timeout, exchange);
        }
    }
}
