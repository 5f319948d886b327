package io.blogflow.llm.adapter.langchain4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import java.time.Clock;
import java.util.Optional;

/**
 * OpenAI's chat completions at any OpenAI-compatible server. The base URL is the API root including its version,
 * as OpenAI's own SDKs take it ({@code https://api.openai.com/v1}, {@code http://vllm:8000/v1}); requests go to
 * {@code <baseUrl>/chat/completions}. The limit is sent as {@code max_tokens}: every compatible server understands
 * it, while {@code max_completion_tokens} is OpenAI's newer name that many of them ignore or refuse (OpenAI's
 * reasoning models refuse {@code max_tokens}: a 400, classified BAD_REQUEST). Streaming always asks for
 * {@code stream_options.include_usage}, so the last chunk carries the token counts.
 */
public final class OpenAiLlmGateway extends ChatModelGateway {

    public static final ProviderType TYPE = new ProviderType("openai");
    private static final ProviderUrl HOSTED = new ProviderUrl("https://api.openai.com/v1");

    public OpenAiLlmGateway(JdkHttpClients clients, Clock clock) {
        super(clients, clock);
    }

    @Override
    public ProviderType type() {
        return TYPE;
    }

    /** OpenAI's own API; any compatible server is registered with its own base URL. */
    @Override
    public Optional<ProviderUrl> defaultBaseUrl() {
        return Optional.of(HOSTED);
    }

    @Override
    protected ChatModel chatModel(LlmCall call, HttpClientBuilder http) {
        return OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl()).apiKey(call.authToken())
                .modelName(call.model()).temperature(call.temperature()).maxTokens(call.maxTokens())
                .maxRetries(0)
                .build();
    }

    @Override
    protected StreamingChatModel streamingChatModel(LlmCall call, HttpClientBuilder http) {
        return OpenAiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl())
                .apiKey(call.authToken()).modelName(call.model()).temperature(call.temperature())
                .maxTokens(call.maxTokens())
                .build();
    }
}
