package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import io.blogflow.llm.domain.ProviderType;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a call fails comes out classified, for both protocols, blocking and streamed, without the token. */
class LlmGatewayFailuresTest extends FakeProvider {

    enum Mode {
        OPENAI_COMPLETE(OpenAiLlmGateway.TYPE, false), OPENAI_STREAM(OpenAiLlmGateway.TYPE, true),
        OLLAMA_COMPLETE(OllamaLlmGateway.TYPE, false), OLLAMA_STREAM(OllamaLlmGateway.TYPE, true);

        final ProviderType type;
        final boolean streaming;

        Mode(ProviderType type, boolean streaming) {
            this.type = type;
            this.streaming = streaming;
        }

        String path() {
            return type == OpenAiLlmGateway.TYPE ? "/v1/chat/completions" : "/api/chat";
        }

        /** The provider's error body: OpenAI's error object, Ollama's error string. */
        String error(String code, String type) {
            return this.type == OpenAiLlmGateway.TYPE
                    ? "{\"error\": {\"message\": \"Incorrect API key provided: " + TOKEN + "\", \"type\": \"" + type
                      + "\", \"param\": null, \"code\": " + (code == null ? "null" : "\"" + code + "\"") + "}}"
                    : "{\"error\": \"" + code + "\"}";
        }
    }

    record Case(String name, int status, String code, String type, String retryAfter, Kind kind,
                Duration expectedRetryAfter) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Object[]> statusCases() {
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        List<Case> cases = List.of(
                new Case("400", 400, "context_length_exceeded", "invalid_request_error", null, Kind.BAD_REQUEST, null),
                new Case("422", 422, "unprocessable", "invalid_request_error", null, Kind.BAD_REQUEST, null),
                new Case("401", 401, "invalid_api_key", "invalid_request_error", null, Kind.AUTHENTICATION, null),
                new Case("403", 403, "unsupported_country", "permission_error", null, Kind.AUTHENTICATION, null),
                new Case("404", 404, "model_not_found", "invalid_request_error", null, Kind.NOT_FOUND, null),
                new Case("429 seconds", 429, "rate_limit_exceeded", "requests", "7", Kind.RATE_LIMITED,
                        Duration.ofSeconds(7)),
                new Case("429 date", 429, "rate_limit_exceeded", "tokens", httpDate, Kind.RATE_LIMITED,
                        Duration.ofSeconds(30)),
                new Case("500", 500, "internal", "server_error", null, Kind.SERVER_ERROR, null),
                new Case("503", 503, "overloaded", "server_error", "120", Kind.SERVER_ERROR, Duration.ofSeconds(120)));
        List<Object[]> arguments = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            cases.forEach(c -> arguments.add(new Object[] {mode, c}));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statusCases")
    void anErrorStatusIsClassifiedWithTheProvidersCodeAndRetryAfter(Mode mode, Case c) {
        ResponseDefinitionBuilder response = aResponse().withStatus(c.status())
                .withHeader("Content-Type", "application/json").withBody(mode.error(c.code(), c.type()));
        if (c.retryAfter() != null) {
            response.withHeader("Retry-After", c.retryAfter());
        }
        server.stubFor(post(mode.path()).willReturn(response));

        ProviderCallFailure failure = failureOf(mode, call(mode, Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(c.kind());
        assertThat(failure.httpStatus()).isEqualTo(c.status());
        assertThat(failure.providerCode()).isEqualTo(c.code());
        assertThat(failure.retryAfter()).isEqualTo(c.expectedRetryAfter());
        assertNoToken(failure);
        server.verify(1, postRequestedFor(urlEqualTo(mode.path()))); // one attempt: LangChain4j's retries are off
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anOpenAiErrorWithoutACodeReportsItsType(Mode mode) {
        if (mode.type != OpenAiLlmGateway.TYPE) {
            return;
        }
        server.stubFor(post(mode.path()).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody(mode.error(null, "server_error"))));

        assertThat(failureOf(mode, call(mode, Duration.ofSeconds(5))).providerCode()).isEqualTo("server_error");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void noAnswerWithinTheTimeoutIsATimeout(Mode mode) {
        server.stubFor(post(mode.path()).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        long started = System.nanoTime();

        ProviderCallFailure failure = failureOf(mode, call(mode, Duration.ofMillis(300)));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.httpStatus()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_000));
        assertNoToken(failure);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRefusedConnectionIsAConnectionFailure(Mode mode) {
        String url = "http://127.0.0.1:" + closedPort() + (mode.type == OpenAiLlmGateway.TYPE ? "/v1" : "");

        ProviderCallFailure failure = failureOf(mode, call(mode.type, url, TOKEN, Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure.httpStatus()).isNull();
        assertThat(failure.retryAfter()).isNull();
        assertNoToken(failure);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aSuccessStatusWithGarbageIsAMalformedResponse(Mode mode) {
        server.stubFor(post(mode.path()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>surprise</html>")));

        ProviderCallFailure failure = failureOf(mode, call(mode, Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(failure.httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"OPENAI_COMPLETE", "OLLAMA_COMPLETE"})
    void jsonThatIsNotAChatAnswerIsAMalformedResponse(Mode mode) {
        String notAnAnswer = mode.type == OpenAiLlmGateway.TYPE
                ? "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"usage\": {\"prompt_tokens\": 3}}"
                : "{\"model\": \"gpt-test\", \"done\": true}";
        server.stubFor(post(mode.path()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(notAnAnswer)));

        ProviderCallFailure failure = failureOf(mode, call(mode, Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(failure.httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"OPENAI_STREAM", "OLLAMA_STREAM"})
    void aStreamCutBeforeItsEndIsAMalformedResponseAndKeepsThePiecesStreamed(Mode mode) {
        String cut = mode.type == OpenAiLlmGateway.TYPE ? """
                data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"A fox"},"finish_reason":null}]}

                data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":", qu"},"finish_reason":null}]}

                """ : """
                {"model":"gpt-test","message":{"role":"assistant","content":"A fox"},"done":false}
                {"model":"gpt-test","message":{"role":"assistant","content":", qu"},"done":false}
                """;
        server.stubFor(post(mode.path()).willReturn(aResponse().withStatus(200).withBody(cut)));
        List<String> pieces = new ArrayList<>();

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.stream(call(mode, Duration.ofSeconds(5)), pieces::add));

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(failure.httpStatus()).isEqualTo(200);
        assertThat(pieces).containsExactly("A fox", ", qu");
    }

    private LlmCall call(Mode mode, Duration timeout) {
        return call(mode.type, mode.type == OpenAiLlmGateway.TYPE ? openAiUrl() : ollamaUrl(), TOKEN, timeout);
    }

    private ProviderCallFailure failureOf(Mode mode, LlmCall call) {
        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> {
                    if (mode.streaming) {
                        gateway.stream(call, piece -> { });
                    } else {
                        gateway.complete(call);
                    }
                });
        assertThat(failure).as("a classified failure").isNotNull();
        return failure;
    }

    private static void assertNoToken(ProviderCallFailure failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
        }
        assertThat(String.valueOf(failure.providerCode())).doesNotContain(TOKEN);
    }
}
