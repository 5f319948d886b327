package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.domain.ProviderType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ollama's native /api/chat, blocking and as NDJSON. */
class OllamaLlmGatewayTest extends FakeProvider {

    static final String CHAT = """
            {"model": "gpt-test", "created_at": "2026-05-01T12:00:00.000000Z",
             "message": {"role": "assistant", "content": "A fox, quick and brown."},
             "done": true, "done_reason": "stop", "total_duration": 512000000, "load_duration": 1000000,
             "prompt_eval_count": 26, "prompt_eval_duration": 100000000, "eval_count": 9, "eval_duration": 400000000}""";

    static final String NDJSON = """
            {"model":"gpt-test","created_at":"2026-05-01T12:00:00.1Z","message":{"role":"assistant","content":"A fox"},"done":false}
            {"model":"gpt-test","created_at":"2026-05-01T12:00:00.2Z","message":{"role":"assistant","content":", quick"},"done":false}
            {"model":"gpt-test","created_at":"2026-05-01T12:00:00.3Z","message":{"role":"assistant","content":" and brown."},"done":false}
            {"model":"gpt-test","created_at":"2026-05-01T12:00:00.4Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"length","total_duration":512000000,"prompt_eval_count":26,"eval_count":9}
            """;

    /** Exactly what LangChain4j 1.13 sends (it adds the empty stop and tools lists, which Ollama takes as unset). */
    static final String EXPECTED_REQUEST = """
            {"model": "gpt-test",
             "messages": [{"role": "system", "content": "You are a careful editor."},
                          {"role": "user", "content": "Summarise: the quick brown fox."}],
             "options": {"temperature": 0.2, "num_predict": 128, "stop": []},
             "stream": %s, "tools": []}""";

    @Test
    void aChatSendsModelMessagesAndOptionsAndReadsTheCounts() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CHAT)));

        LlmAnswer answer = gateway.complete(ollama());

        assertThat(answer).isEqualTo(new LlmAnswer("A fox, quick and brown.", 26, 9, "stop", 200, null));
        server.verify(1, postRequestedFor(urlEqualTo("/api/chat"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson(EXPECTED_REQUEST.formatted("false"))));
    }

    @Test
    void withoutATokenNoAuthorizationHeaderIsSent() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CHAT)));
        LlmCall call = new LlmCall(OllamaLlmGateway.TYPE, ollamaUrl(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(5), "gpt-test", null, "Hello", null, null);

        gateway.complete(call);

        assertThat(server.getAllServeEvents()).singleElement()
                .satisfies(event -> assertThat(event.getRequest().containsHeader("Authorization")).isFalse());
    }

    @Test
    void aStreamDeliversEachLinesTextAndTheCountsOfTheDoneLine() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withBody(NDJSON)));
        List<String> pieces = new ArrayList<>();

        LlmAnswer answer = gateway.stream(ollama(), pieces::add);

        assertThat(pieces).containsExactly("A fox", ", quick", " and brown.");
        assertThat(answer.text()).isEqualTo("A fox, quick and brown.");
        assertThat(answer.inputTokens()).isEqualTo(26);
        assertThat(answer.outputTokens()).isEqualTo(9);
        assertThat(answer.finishReason()).isEqualTo("length");
        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.timeToFirstToken()).isNotNull().isPositive();
        server.verify(1, postRequestedFor(urlEqualTo("/api/chat"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson(EXPECTED_REQUEST.formatted("true"))));
    }
}
