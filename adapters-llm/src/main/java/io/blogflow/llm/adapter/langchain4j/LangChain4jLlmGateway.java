package io.blogflow.llm.adapter.langchain4j;

import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.ProviderType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link LlmGateway}: each call goes to the gateway of the protocol its provider speaks. */
public final class LangChain4jLlmGateway implements LlmGateway {

    private final Map<ProviderType, LlmGateway> byType = new EnumMap<>(ProviderType.class);

    public LangChain4jLlmGateway(ProviderUrlPolicy urlPolicy, Clock clock) {
        this(urlPolicy, clock, new JdkHttpClients());
    }

    public LangChain4jLlmGateway(ProviderUrlPolicy urlPolicy, Clock clock, JdkHttpClients clients) {
        byType.put(ProviderType.OPENAI, new OpenAiLlmGateway(urlPolicy, clients, clock));
        byType.put(ProviderType.OLLAMA, new OllamaLlmGateway(urlPolicy, clients, clock));
    }

    @Override
    public LlmAnswer complete(LlmCall call) {
        return gatewayFor(call).complete(call);
    }

    @Override
    public LlmAnswer stream(LlmCall call, Consumer<String> tokens) {
        return gatewayFor(call).stream(call, tokens);
    }

    private LlmGateway gatewayFor(LlmCall call) {
        LlmGateway gateway = byType.get(call.type());
        if (gateway == null) {
            // An image-only provider (automatic1111) has no chat API: refused before anything is sent.
            throw new ProviderCallFailure(ProviderCallFailure.Kind.BAD_REQUEST, null, "no-chat-protocol", null,
                    call.type().code() + " providers do not speak a chat protocol; pick a chat model", null);
        }
        return gateway;
    }
}
