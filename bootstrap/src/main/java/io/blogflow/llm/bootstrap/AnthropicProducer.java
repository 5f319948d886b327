package io.blogflow.llm.bootstrap;

import io.blogflow.llm.adapter.langchain4j.JdkHttpClients;
import io.blogflow.llm.adapter.langchain4j.anthropic.AnthropicLlmGateway;
import io.blogflow.llm.application.port.out.ChatProtocol;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Contributes the anthropic chat protocol (adapters-anthropic) to the provider-type registry. */
@Singleton
public class AnthropicProducer {

    @Produces
    @Singleton
    ChatProtocol anthropicChat(JdkHttpClients clients, Clock clock) {
        return new AnthropicLlmGateway(clients, clock);
    }
}
