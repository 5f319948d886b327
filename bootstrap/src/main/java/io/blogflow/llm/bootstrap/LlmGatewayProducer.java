package io.blogflow.llm.bootstrap;

import io.blogflow.llm.adapter.langchain4j.JdkHttpClients;
import io.blogflow.llm.adapter.langchain4j.OllamaLlmGateway;
import io.blogflow.llm.adapter.langchain4j.OpenAiLlmGateway;
import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.service.ProviderProtocols;
import io.blogflow.llm.application.service.RegisteredLlmGateway;
import io.blogflow.llm.domain.ProviderProtocol;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The provider-type registry and the LLM gateway built on it. Every {@link ProviderProtocol} bean any module
 * contributes (chat protocols here and in other producers, image protocols in the images context) is discovered;
 * adding a protocol is one more producer method, nothing here changes. The chat protocols of adapters-llm share one
 * set of JDK HTTP clients.
 */
@Singleton
public class LlmGatewayProducer {

    @Produces
    @Singleton
    JdkHttpClients llmHttpClients() {
        return new JdkHttpClients();
    }

    @Produces
    @Singleton
    ChatProtocol openAiChat(JdkHttpClients clients, Clock clock) {
        return new OpenAiLlmGateway(clients, clock);
    }

    @Produces
    @Singleton
    ChatProtocol ollamaChat(JdkHttpClients clients, Clock clock) {
        return new OllamaLlmGateway(clients, clock);
    }

    @Produces
    @Singleton
    ProviderProtocols providerProtocols(Instance<ProviderProtocol> protocols) {
        return new ProviderProtocols(protocols.stream().toList());
    }

    /** The URL policy is the one providers are saved with; the gateway applies it again before each call. */
    @Produces
    @Singleton
    LlmGateway llmGateway(ProviderProtocols protocols, ProviderUrlPolicy urlPolicy) {
        return new RegisteredLlmGateway(protocols, urlPolicy);
    }
}
