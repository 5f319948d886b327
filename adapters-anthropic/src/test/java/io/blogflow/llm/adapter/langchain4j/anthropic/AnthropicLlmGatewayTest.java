package io.blogflow.llm.adapter.langchain4j.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.llm.adapter.langchain4j.JdkHttpClients;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anthropic's Messages API as Anthropic sees it: the exact request, the streamed events, its own failures. */
class AnthropicLlmGatewayTest {

    private static final String TOKEN = "sk-ant-test-secret-0001";
    private static final JdkHttpClients CLIENTS = new JdkHttpClients();

    private WireMockServer server;
    private AnthropicLlmGateway gateway;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        gateway = new AnthropicLlmGateway(CLIENTS,
                Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmCall call(String token, String system, Integer maxTokens) {
        return new LlmCall(AnthropicLlmGateway.TYPE, "http://127.0.0.1:" + server.port() + "/v1", token,
                Duration.ofSeconds(10), Duration.ofSeconds(30), "claude-test", system,
                "Summarise: the quick brown fox.", 0.2, maxTokens);
    }

    @Test
    void aMessageSendsTheKeyTheVersionTheSystemPromptTheLimitAndTheUserMessage() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AnthropicWire.MESSAGE)));

        LlmAnswer answer = gateway.complete(call(TOKEN, "You are a careful editor.", 128));

        assertThat(answer).isEqualTo(new LlmAnswer("A fox, quick and brown.", 21, 7, "stop", 200, null));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(TOKEN))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withHeader("Authorization", absent())
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-test")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("128")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.2")))
                .withRequestBody(matchingJsonPath("$.system[0].text", equalTo("You are a careful editor.")))
                .withRequestBody(matchingJsonPath("$.messages.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text",
                        equalTo("Summarise: the quick brown fox.")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false"))));
    }

    @Test
    void withoutALimitTheDefaultMaxTokensIsSentAndWithoutASystemPromptNoSystemField() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AnthropicWire.MESSAGE)));

        gateway.complete(call(TOKEN, null, null));

        assertThat(server.getAllServeEvents()).singleElement().satisfies(event ->
                assertThat(event.getRequest().getBodyAsString()).doesNotContain("\"system\""));
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("1024"))));
    }

    @Test
    void aStreamReadsMessageStartDeltasAndMessageDeltaWithItsUsage() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(AnthropicWire.stream("max_tokens"))));
        List<String> pieces = new ArrayList<>();

        LlmAnswer answer = gateway.stream(call(TOKEN, "You are a careful editor.", 128), pieces::add);

        assertThat(pieces).containsExactly("A fox", ", quick", " and brown.");
        assertThat(answer.text()).isEqualTo("A fox, quick and brown.");
        assertThat(answer.inputTokens()).isEqualTo(21);
        assertThat(answer.outputTokens()).isEqualTo(7);
        assertThat(answer.finishReason()).isEqualTo("length");
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void overloadedIsAServerErrorWorthRetryingAfterWhatItAsked() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(529).withHeader("Retry-After", "3")
                .withHeader("Content-Type", "application/json")
                .withBody(AnthropicWire.error("overloaded_error", "Overloaded"))));

        ProviderCallFailure failure = failureOf(call(TOKEN, null, 64));

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.kind().retryable()).isTrue();
        assertThat(failure.httpStatus()).isEqualTo(529);
        assertThat(failure.providerCode()).isEqualTo("overloaded_error");
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aRateLimitCarriesAnthropicsErrorTypeAndRetryAfter() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(429).withHeader("retry-after", "12")
                .withHeader("Content-Type", "application/json")
                .withBody(AnthropicWire.error("rate_limit_error", "Number of request tokens has exceeded"))));

        ProviderCallFailure failure = failureOf(call(TOKEN, null, 64));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.providerCode()).isEqualTo("rate_limit_error");
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aStreamCutBeforeMessageDeltaIsMalformed() {
        String cut = AnthropicWire.stream("end_turn");
        cut = cut.substring(0, cut.indexOf("event: message_delta"));
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(cut)));

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.stream(call(TOKEN, null, 64), piece -> { }));

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void withoutAKeyNothingIsSent() {
        ProviderCallFailure failure = failureOf(call(null, null, 64));

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure.providerCode()).isEqualTo("missing-api-key");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theProtocolIsAHostedApiWithAUsualBaseUrl() {
        assertThat(gateway.type().code()).isEqualTo("anthropic");
        assertThat(gateway.defaultBaseUrl()).hasValueSatisfying(url ->
                assertThat(url.value()).isEqualTo("https://api.anthropic.com/v1"));
    }

    private ProviderCallFailure failureOf(LlmCall call) {
        return catchThrowableOfType(ProviderCallFailure.class, () -> gateway.complete(call));
    }
}
