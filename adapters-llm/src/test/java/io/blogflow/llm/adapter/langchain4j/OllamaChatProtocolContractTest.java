package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.llm.application.port.out.ChatProtocol;
import java.time.Clock;

/** The ollama protocol keeps the chat-protocol contract (its own counts: the fake reports 26/9, see the test). */
class OllamaChatProtocolContractTest extends ChatProtocolContract {

    @Override
    protected ChatProtocol protocol(JdkHttpClients clients, Clock clock) {
        return new OllamaLlmGateway(clients, clock);
    }

    @Override
    protected String baseUrl(String root) {
        return root;
    }

    @Override
    protected String chatPath() {
        return "/api/chat";
    }

    @Override
    protected ResponseDefinitionBuilder completeAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(counted(OllamaLlmGatewayTest.CHAT));
    }

    @Override
    protected ResponseDefinitionBuilder streamedAnswer() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson")
                .withBody(counted(OllamaLlmGatewayTest.NDJSON).replace("\"done_reason\":\"length\"",
                        "\"done_reason\":\"stop\""));
    }

    /** The contract's token counts in Ollama's fields. */
    private static String counted(String body) {
        return body.replace("\"prompt_eval_count\": 26", "\"prompt_eval_count\": " + INPUT_TOKENS)
                .replace("\"prompt_eval_count\":26", "\"prompt_eval_count\":" + INPUT_TOKENS)
                .replace("\"eval_count\": 9", "\"eval_count\": " + OUTPUT_TOKENS)
                .replace("\"eval_count\":9", "\"eval_count\":" + OUTPUT_TOKENS);
    }

    @Override
    protected ResponseDefinitionBuilder error(int status, String providerCode) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"" + providerCode + "\"}");
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
