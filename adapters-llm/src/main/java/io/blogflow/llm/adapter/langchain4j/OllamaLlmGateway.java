package io.blogflow.llm.adapter.langchain4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.domain.ProviderType;
import java.time.Clock;

/**
 * Ollama's native {@code <baseUrl>/api/chat} (base URL: the server root, {@code http://localhost:11434}). Streamed
 * answers are NDJSON; the last line ({@code "done": true}) carries {@code prompt_eval_count}, {@code eval_count}
 * and {@code done_reason}. Ollama itself has no auth, but proxies in front of it do: a configured token is sent as
 * a bearer token.
 */
public final class OllamaLlmGateway extends ChatModelGateway {

    public static final ProviderType TYPE = new ProviderType("ollama");

    public OllamaLlmGateway(JdkHttpClients clients, Clock clock) {
        super(clients, clock);
    }

    @Override
    public ProviderType type() {
        return TYPE;
    }

    @Override
    protected ChatModel chatModel(LlmCall call, HttpClientBuilder http) {
        return OllamaChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl()).customHeaders(bearer(call))
                .modelName(call.model()).temperature(call.temperature()).numPredict(call.maxTokens())
                .maxRetries(0)
                .build();
    }

    @Override
    protected StreamingChatModel streamingChatModel(LlmCall call, HttpClientBuilder http) {
        return OllamaStreamingChatModel.builder().httpClientBuilder(http).baseUrl(call.baseUrl())
                .customHeaders(bearer(call)).modelName(call.model()).temperature(call.temperature())
                .numPredict(call.maxTokens())
                .build();
    }
}
