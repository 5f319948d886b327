package io.blogflow.llm.bootstrap;

import io.blogflow.llm.adapter.langchain4j.LangChain4jLlmGateway;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The LLM gateway (adapters-llm): one instance, so every call shares its JDK HTTP clients. The URL policy is the one
 * providers are saved with; the gateway applies it again before each call (DNS rebinding).
 */
@Singleton
public class LlmGatewayProducer {

    @Produces
    @Singleton
    LlmGateway llmGateway(ProviderUrlPolicy urlPolicy, Clock clock) {
        return new LangChain4jLlmGateway(urlPolicy, clock);
    }
}
