package io.blogflow.images.adapter.imagegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.domain.MediaType;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The wire part every image protocol shares: POST a JSON body with the bearer token, bound the
 * whole exchange by the call's timeout, and turn every way it can fail into a classified {@link ProviderCallFailure}
 * (the kinds the LLM gateway uses, so runs, logs and problems read the same). A 2xx answer comes back parsed.
 * <p>
 * JDK clients are shared per connect timeout: a client owns a selector thread and a connection pool, so one per call
 * would leak threads and never reuse a connection. Redirects are never followed (the policy never checked them).
 */
final class ImageHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROVIDER_CODE = 200;

    private final Clock clock;
    private final ConcurrentMap<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    ImageHttp(Clock clock) {
        this.clock = clock;
    }

    /** A 2xx answer: its status, parsed body and how long the exchange took. */
    record Answer(int status, JsonNode body, Duration latency) {
    }

    Answer postJson(ImageGenerationCall call, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripSlash(call.baseUrl()) + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (call.authToken() != null && !call.authToken().isEmpty()) {
            request.header("Authorization", "Bearer " + call.authToken());
        }
        long started = System.nanoTime();
        HttpResponse<String> response = send(call, request.build());
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            String code = providerCode(response.body());
            Duration retryAfter = status == 429 || status == 503
                    ? ProviderCallFailure.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                    : null;
            throw failure(call, Kind.ofHttpStatus(status), status, code, retryAfter,
                    "answered HTTP " + status + (code == null ? "" : " (" + code + ")"), null);
        }
        try {
            return new Answer(status, JSON.readTree(response.body()), latency);
        } catch (IOException notJson) {
            throw malformed(call, status, "a body that is not JSON");
        }
    }

    /**
     * The image a 2xx answer carries as base64: decoded and recognised from its bytes, or the answer is malformed
     * (missing, not base64, or not an image the media library takes).
     */
    GeneratedImage image(ImageGenerationCall call, Answer answer, JsonNode base64, String revisedPrompt,
                         Integer inputTokens, Integer outputTokens) {
        byte[] bytes = ImageBytes.decode(base64.isTextual() ? base64.asText() : null)
                .orElseThrow(() -> malformed(call, answer.status(), "no base64 image"));
        MediaType type = ImageBytes.typeOf(bytes)
                .orElseThrow(() -> malformed(call, answer.status(), "bytes that are no PNG, JPEG, WebP or GIF image"));
        return new GeneratedImage(bytes, type, revisedPrompt, answer.status(), answer.latency(), inputTokens,
                outputTokens);
    }

    /** A 2xx whose body is not the protocol's answer. */
    ProviderCallFailure malformed(ImageGenerationCall call, int status, String what) {
        return failure(call, Kind.MALFORMED_RESPONSE, status, null, null,
                "answered HTTP " + status + " with " + what, null);
    }

    /** The whole exchange, body included, within the timeout (the JDK's request timeout stops at the headers). */
    private HttpResponse<String> send(ImageGenerationCall call, HttpRequest request) {
        CompletableFuture<HttpResponse<String>> sent = client(call.connectTimeout())
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return sent.get(call.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw failure(call, Kind.TIMEOUT, null, null, null, "got no complete answer within " + call.timeout(), e);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(call, Kind.CONNECTION, null, null, null, "was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw failure(call, Kind.CONNECTION, null, null, null, "could not connect within "
                        + call.connectTimeout(), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw failure(call, Kind.TIMEOUT, null, null, null, "timed out", cause);
            }
            throw failure(call, Kind.CONNECTION, null, null, null, "failed: no response ("
                    + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    private HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * The provider's own error code: OpenAI {@code {"error": {"code" | "type"}}}, A1111 (FastAPI)
     * {@code {"error": "OutOfMemoryError", "detail": …}} or {@code {"detail": "…"}}; {@code null} otherwise.
     */
    static String providerCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            String code = error.isTextual() ? error.asText()
                    : error.path("code").isTextual() ? error.path("code").asText()
                    : error.path("type").isTextual() ? error.path("type").asText()
                    : root.path("detail").isTextual() ? root.path("detail").asText() : null;
            return code == null || code.length() <= MAX_PROVIDER_CODE ? code : code.substring(0, MAX_PROVIDER_CODE);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** Every message names the call; none ever carries the token (a provider echoing it back is redacted). */
    private static ProviderCallFailure failure(ImageGenerationCall call, Kind kind, Integer status, String code,
                                          Duration retryAfter, String what, Throwable cause) {
        String message = call.type().code() + " image call to " + call.baseUrl() + " (model " + call.model() + ") "
                + what;
        String token = call.authToken();
        if (token != null && !token.isEmpty()) {
            message = message.replace(token, "***");
            code = code == null ? null : code.replace(token, "***");
        }
        return new ProviderCallFailure(kind, status, code, retryAfter, message, cause);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
