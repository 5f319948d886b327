package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.llm.application.port.out.ChatProtocol;
import java.time.Clock;

/** The openai protocol keeps the chat-protocol contract. */
class OpenAiChatProtocolContractTest extends ChatProtocolContract {

    @Override
    protected ChatProtocol protocol(JdkHttpClients clients, Clock clock) {
        return new OpenAiLlmGateway(clients, clock);
    }

    @Override
    protected String baseUrl(String root) {
        return root + "/v1";
    }

    @Override
    protected String chatPath() {
        return "/v1/chat/completions";
    }

    @Override
    protected ResponseDefinitionBuilder completeAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(OpenAiLlmGatewayTest.COMPLETION);
    }

    @Override
    protected ResponseDefinitionBuilder streamedAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(OpenAiLlmGatewayTest.STREAM.replace("\"finish_reason\":\"length\"", "\"finish_reason\":\"stop\""));
    }

    @Override
    protected ResponseDefinitionBuilder error(int status, String providerCode) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"refused\", \"type\": \"error\", \"code\": \"" + providerCode
                        + "\"}}");
    }

    @Override
    protected String tokenHeader() {
        return "Authorization";
    }

    @Override
    protected String tokenHeaderValue(String token) {
        return "Bearer " + token;
    }
}
