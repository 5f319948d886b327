package io.blogflow.llm.adapter.langchain4j.anthropic;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.blogflow.llm.adapter.langchain4j.ChatModelGateway;
import io.blogflow.llm.adapter.langchain4j.JdkHttpClients;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import java.time.Clock;
import java.util.Optional;

/**
 * Anthropic's Messages API, {@code POST <baseUrl>/messages} (base URL with its version, as Anthropic's SDKs take it:
 * {@code https://api.anthropic.com/v1}, the default). Sends {@code x-api-key} (the provider's token, required),
 * {@code anthropic-version: 2023-06-01}, the system prompt as the top-level {@code system} field, {@code max_tokens}
 * (required by the API: the action's limit, else {@value #DEFAULT_MAX_TOKENS}), {@code temperature} when set and the
 * user message. Streamed answers are server-sent events: {@code message_start} carries the input tokens,
 * {@code content_block_delta} the pieces of text, {@code message_delta} the stop reason and the output tokens.
 * Errors ({@code {"type": "error", "error": {"type": "overloaded_error", …}}}) are classified like every LangChain4j
 * protocol's: 529 (overloaded) is a server error, worth retrying.
 */
public final class AnthropicLlmGateway extends ChatModelGateway {

    public static final ProviderType TYPE = new ProviderType("anthropic");
    /** The API version this adapter speaks (the header Anthropic requires on every request). */
    public static final String API_VERSION = "2023-06-01";
    /** Anthropic refuses a request without {@code max_tokens}; an action without a limit gets this one. */
    public static final int DEFAULT_MAX_TOKENS = 1024;
    private static final ProviderUrl HOSTED = new ProviderUrl("https://api.anthropic.com/v1");

    public AnthropicLlmGateway(JdkHttpClients clients, Clock clock) {
        super(clients, clock);
    }

    @Override
    public ProviderType type() {
        return TYPE;
    }

    @Override
    public Optional<ProviderUrl> defaultBaseUrl() {
        return Optional.of(HOSTED);
    }

    /** Every Messages API call needs a key: without one nothing is sent. */
    @Override
    protected void requireSendable(LlmCall call) {
        if (call.authToken() == null || call.authToken().isBlank()) {
            throw new ProviderCallFailure(ProviderCallFailure.Kind.AUTHENTICATION, null, "missing-api-key", null,
                    TYPE + " call to " + call.baseUrl() + " not sent: the provider has no auth token (x-api-key)",
                    null);
        }
    }

    @Override
    protected ChatModel chatModel(LlmCall call, HttpClientBuilder http) {
        return AnthropicChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl()).apiKey(call.authToken())
                .version(API_VERSION).modelName(call.model()).temperature(call.temperature())
                .maxTokens(maxTokens(call)).maxRetries(0)
                .build();
    }

    @Override
    protected StreamingChatModel streamingChatModel(LlmCall call, HttpClientBuilder http) {
        return AnthropicStreamingChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl())
                .apiKey(call.authToken()).version(API_VERSION).modelName(call.model())
                .temperature(call.temperature()).maxTokens(maxTokens(call))
                .build();
    }

    private static int maxTokens(LlmCall call) {
        return call.maxTokens() == null ? DEFAULT_MAX_TOKENS : call.maxTokens();
    }
}
