package io.blogflow.llm.adapter.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A chat protocol spoken through LangChain4j: one provider call through a chat model built for it. The recorded
 * exchange, the classified failure and the answer are the same for every protocol; a subclass names its provider
 * type and builds the models (a protocol module outside this one, such as adapters-anthropic, extends it too).
 * Building a model is cheap (a few objects) because the HTTP clients underneath are shared ({@link JdkHttpClients}).
 * The protocol is its own gateway: {@link #gateway()} is {@code this}.
 */
public abstract class ChatModelGateway implements LlmGateway, ChatProtocol {

    private final JdkHttpClients clients;
    private final FailureClassifier failures;

    protected ChatModelGateway(JdkHttpClients clients, Clock clock) {
        this.clients = clients;
        this.failures = new FailureClassifier(clock);
    }

    /** A blocking model for the call, sending through {@code http}, with LangChain4j's own retries off. */
    protected abstract ChatModel chatModel(LlmCall call, HttpClientBuilder http);

    /** A streaming model for the call, sending through {@code http}. */
    protected abstract StreamingChatModel streamingChatModel(LlmCall call, HttpClientBuilder http);

    /** Chat, streamed or not. */
    @Override
    public Capabilities capabilities() {
        return Capabilities.of(Capability.CHAT, Capability.STREAMING);
    }

    @Override
    public final LlmGateway gateway() {
        return this;
    }

    /**
     * Refuses a call the protocol cannot send as it is (a required token missing), before anything is sent.
     *
     * @throws io.blogflow.shared.application.port.out.ProviderCallFailure classified, when refused
     */
    protected void requireSendable(LlmCall call) {
        // every call is sendable unless the protocol says otherwise
    }

    @Override
    public final LlmAnswer complete(LlmCall call) {
        requireSendable(call);
        HttpExchange exchange = new HttpExchange();
        try {
            ChatResponse response = chatModel(call, http(call, exchange)).chat(request(call));
            return answer(response, exchange, null);
        } catch (RuntimeException e) {
            throw failures.classify(call, e, exchange);
        }
    }

    @Override
    public final LlmAnswer stream(LlmCall call, Consumer<String> tokens) {
        requireSendable(call);
        HttpExchange exchange = new HttpExchange();
        StreamedAnswer streamed = new StreamedAnswer(System.nanoTime());
        exchange.onBodyEnd(streamed::bodyEnded);
        boolean answered = false;
        try {
            streamingChatModel(call, http(call, exchange)).chat(request(call), streamed);
            ChatResponse response = streamed.await(call.timeout(), tokens);
            if (response.finishReason() == null) {
                // Every complete answer ends with a reason (OpenAI's last choice chunk, Ollama's done line); LangChain4j
                // also completes an OpenAI stream that merely stopped (no finish_reason, no [DONE]): that one was cut.
                throw new IllegalStateException("the stream ended without a finish reason");
            }
            LlmAnswer answer = answer(response, exchange, streamed.timeToFirstToken());
            answered = true;
            return answer;
        } catch (StreamedAnswer.ConsumerFailed e) {
            throw e.getCause();
        } catch (TimeoutException | RuntimeException e) {
            throw failures.classify(call, e, exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.classify(call, e, exchange);
        } finally {
            if (!answered) {
                exchange.abort(); // stops the parser thread and frees the connection
            }
        }
    }

    private HttpClientBuilder http(LlmCall call, HttpExchange exchange) {
        return new RecordingHttpClient.Builder(clients, exchange, call.connectTimeout(), call.timeout());
    }

    /** The Authorization header for protocols whose LangChain4j builder has no API key setting (Ollama). */
    protected static Map<String, String> bearer(LlmCall call) {
        return call.authToken() == null ? Map.of() : Map.of("Authorization", "Bearer " + call.authToken());
    }

    private static ChatRequest request(LlmCall call) {
        List<ChatMessage> messages = new ArrayList<>(2);
        if (call.systemPrompt() != null && !call.systemPrompt().isBlank()) {
            messages.add(SystemMessage.from(call.systemPrompt()));
        }
        messages.add(UserMessage.from(call.userPrompt()));
        return ChatRequest.builder().messages(messages).build();
    }

    /** A response without text (a refusal shaped as a tool call, an empty choice) is not an answer: malformed. */
    private static LlmAnswer answer(ChatResponse response, HttpExchange exchange, Duration timeToFirstToken) {
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null) {
            throw new IllegalStateException("the response carries no text");
        }
        TokenUsage usage = response.tokenUsage();
        return new LlmAnswer(text, usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount(), finishReason(response.finishReason()),
                exchange.status(), timeToFirstToken);
    }

    /**
     * LangChain4j folds each protocol's reason into its enum; this gives it back in OpenAI's words, which Ollama's
     * {@code done_reason} shares ({@code stop}, {@code length}). A reason LangChain4j does not know is {@code other}.
     */
    protected static String finishReason(FinishReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            case OTHER -> "other";
        };
    }
}
