package io.blogflow.llm.adapter.langchain4j;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Turns whatever a call threw into a classified {@link ProviderCallFailure}. It judges by what happened on the wire (the
 * recorded {@link HttpExchange}) rather than by LangChain4j's exception types: a non-2xx status decides the kind;
 * an exception after a 2xx means the body was not the protocol's answer; no response means the connection failed.
 * The auth token never reaches a message, a provider code or a kept cause.
 */
final class FailureClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROVIDER_CODE = 200;

    private final Clock clock;

    FailureClassifier(Clock clock) {
        this.clock = clock;
    }

    ProviderCallFailure classify(LlmCall call, Throwable thrown, HttpExchange exchange) {
        String what = call.type().code() + " call to " + call.baseUrl() + " (model " + call.model() + ")";
        int status = exchange.status();
        Integer httpStatus = status == 0 ? null : status;
        if (has(thrown, HttpConnectTimeoutException.class)) {
            return failure(call, Kind.CONNECTION, null, null, null, what + " could not connect within "
                    + call.connectTimeout(), thrown);
        }
        if (status != 0 && !exchange.succeeded()) {
            String code = providerCode(exchange.errorBody());
            // 529: Anthropic's "overloaded", which may carry a Retry-After like a 503
            Duration retryAfter = status == 429 || status == 503 || status == 529
                    ? retryAfter(exchange.header("Retry-After")) : null;
            return failure(call, kindOf(status), status, code, retryAfter,
                    what + " answered HTTP " + status + (code == null ? "" : " (" + code + ")"), thrown);
        }
        if (has(thrown, HttpTimeoutException.class) || has(thrown, java.util.concurrent.TimeoutException.class)
                || has(thrown, dev.langchain4j.exception.TimeoutException.class)) {
            return failure(call, Kind.TIMEOUT, httpStatus, null, null, what + " got no complete answer within "
                    + call.timeout(), thrown);
        }
        if (status == 0 || hasNetworkError(thrown)) {
            return failure(call, Kind.CONNECTION, httpStatus, null, null, what + " failed: "
                    + (status == 0 ? "no response (" : "the connection broke (") + rootCause(thrown) + ")", thrown);
        }
        return failure(call, Kind.MALFORMED_RESPONSE, status, null, null, what + " answered HTTP " + status
                + " with a body that is not a chat answer (" + rootCause(thrown) + ")", thrown);
    }

    static Kind kindOf(int status) {
        return Kind.ofHttpStatus(status);
    }

    /**
     * OpenAI: {@code {"error": {"code": …, "type": …}}} (code, else type); Anthropic:
     * {@code {"type": "error", "error": {"type": "overloaded_error"}}}; Ollama: {@code {"error": "text"}}.
     */
    static String providerCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isValueNode()) {
                return truncated(error.asText());
            }
            JsonNode code = error.path("code");
            return truncated(code.isValueNode() && !code.isNull() ? code.asText() : error.path("type").asText(null));
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); {@code null} when absent or unreadable. */
    Duration retryAfter(String value) {
        return ProviderCallFailure.retryAfter(value, clock.instant());
    }

    private static ProviderCallFailure failure(LlmCall call, Kind kind, Integer status, String code, Duration retryAfter,
                                          String message, Throwable cause) {
        String token = call.authToken();
        boolean causeShowsToken = token != null && !token.isEmpty() && chainMentions(cause, token);
        return new ProviderCallFailure(kind, status, redacted(code, token), retryAfter, redacted(message, token),
                causeShowsToken ? null : cause);
    }

    private static String redacted(String text, String token) {
        return text == null || token == null || token.isEmpty() ? text : text.replace(token, "***");
    }

    private static boolean chainMentions(Throwable thrown, String token) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** An I/O failure of the connection, not Jackson's (its parse errors are IOExceptions too). */
    private static boolean hasNetworkError(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && !(t instanceof JacksonException)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static String truncated(String text) {
        return text == null || text.length() <= MAX_PROVIDER_CODE ? text : text.substring(0, MAX_PROVIDER_CODE);
    }
}
