package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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

/** OpenAI's chat completions, as an OpenAI-compatible server sees and answers them. */
class OpenAiLlmGatewayTest extends FakeProvider {

    static final String COMPLETION = """
            {"id": "chatcmpl-1", "object": "chat.completion", "created": 1746100000, "model": "gpt-test",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "A fox, quick and brown."},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 21, "completion_tokens": 7, "total_tokens": 28}}""";

    static final String STREAM = """
            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[{"index":0,"delta":{"content":"A fox"},"finish_reason":null}]}

            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[{"index":0,"delta":{"content":", quick"},"finish_reason":null}]}

            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[{"index":0,"delta":{"content":" and brown."},"finish_reason":null}]}

            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[{"index":0,"delta":{},"finish_reason":"length"}]}

            data: {"id":"c1","object":"chat.completion.chunk","created":1746100000,"model":"gpt-test","choices":[],"usage":{"prompt_tokens":21,"completion_tokens":7,"total_tokens":28}}

            data: [DONE]

            """;

    @Test
    void aCompletionSendsTheChatRequestAndReadsTextUsageAndFinishReason() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(COMPLETION)));

        LlmAnswer answer = gateway.complete(openAi());

        assertThat(answer).isEqualTo(new LlmAnswer("A fox, quick and brown.", 21, 7, "stop", 200, null));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"model": "gpt-test", "temperature": 0.2, "max_tokens": 128, "stream": false,
                         "messages": [{"role": "system", "content": "You are a careful editor."},
                                      {"role": "user", "content": "Summarise: the quick brown fox."}]}""")));
    }

    @Test
    void withoutATokenNoAuthorizationHeaderIsSentAndUnsetLimitsAreLeftOut() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(COMPLETION)));
        LlmCall call = new LlmCall(OpenAiLlmGateway.TYPE, openAiUrl(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(5), "gpt-test", null, "Hello", null, null);

        gateway.complete(call);

        assertThat(server.getAllServeEvents()).singleElement().satisfies(event -> {
            assertThat(event.getRequest().containsHeader("Authorization")).isFalse();
            assertThat(event.getRequest().getBodyAsString()).doesNotContain("temperature", "max_tokens", "system");
        });
    }

    @Test
    void aStreamDeliversThePiecesInOrderAndTheUsageOfTheLastChunk() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
        List<String> pieces = new ArrayList<>();

        LlmAnswer answer = gateway.stream(openAi(), pieces::add);

        assertThat(String.join("", pieces)).isEqualTo("A fox, quick and brown.");
        assertThat(pieces).containsSubsequence("A fox", ", quick", " and brown.");
        assertThat(answer.text()).isEqualTo("A fox, quick and brown.");
        assertThat(answer.inputTokens()).isEqualTo(21);
        assertThat(answer.outputTokens()).isEqualTo(7);
        assertThat(answer.finishReason()).isEqualTo("length");
        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.timeToFirstToken()).isNotNull().isPositive().isLessThan(Duration.ofSeconds(5));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.stream_options.include_usage", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("128")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Summarise: the quick brown fox."))));
    }
}
