package io.blogflow.llm.adapter.langchain4j.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.llm.adapter.langchain4j.ChatProtocolContract;
import io.blogflow.llm.adapter.langchain4j.JdkHttpClients;
import io.blogflow.llm.application.port.out.ChatProtocol;
import java.time.Clock;

/** The anthropic protocol keeps the chat-protocol contract. */
class AnthropicChatProtocolContractTest extends ChatProtocolContract {

    @Override
    protected ChatProtocol protocol(JdkHttpClients clients, Clock clock) {
        return new AnthropicLlmGateway(clients, clock);
    }

    @Override
    protected String baseUrl(String root) {
        return root + "/v1";
    }

    @Override
    protected String chatPath() {
        return "/v1/messages";
    }

    @Override
    protected ResponseDefinitionBuilder completeAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(AnthropicWire.MESSAGE);
    }

    @Override
    protected ResponseDefinitionBuilder streamedAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(AnthropicWire.stream("end_turn"));
    }

    @Override
    protected ResponseDefinitionBuilder error(int status, String providerCode) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(AnthropicWire.error(providerCode, "refused"));
    }

    @Override
    protected String tokenHeader() {
        return "x-api-key";
    }

    @Override
    protected String tokenHeaderValue(String token) {
        return token;
    }
}
