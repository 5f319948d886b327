package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.domain.Capability;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every chat protocol must do, against a WireMock server speaking its wire format on loopback. A protocol's
 * test extends this and says how its provider answers (the bodies and the path); the contract checks the rest:
 * the protocol's identity, text, tokens, finish reason and status of a complete and a streamed answer, the token
 * sent the protocol's way and never shown, and each way a call fails classified alike (authentication, rate limits
 * with Retry-After, server errors, bodies that are no answer, timeouts, no connection), so retries, fallbacks,
 * circuit breaking and the interaction log work the same for every provider type.
 */
public abstract class ChatProtocolContract {

    protected static final String TOKEN = "sk-contract-secret-token-4242";
    protected static final String ANSWER = "A fox, quick and brown.";
    protected static final List<String> PIECES = List.of("A fox", ", quick", " and brown.");
    protected static final int INPUT_TOKENS = 21;
    protected static final int OUTPUT_TOKENS = 7;
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final JdkHttpClients CLIENTS = new JdkHttpClients();

    protected WireMockServer server;
    private ChatProtocol protocol;

    /** The protocol under test, as its producer builds it. */
    protected abstract ChatProtocol protocol(JdkHttpClients clients, Clock clock);

    /** The provider's base URL at {@code root} ({@code http://127.0.0.1:port}), as an admin registers it. */
    protected abstract String baseUrl(String root);

    /** Where the protocol posts a chat, on the server ({@code /v1/chat/completions}). */
    protected abstract String chatPath();

    /** A complete answer {@link #ANSWER}, reporting {@link #INPUT_TOKENS}/{@link #OUTPUT_TOKENS}, stopped normally. */
    protected abstract ResponseDefinitionBuilder completeAnswer();

    /** The same answer streamed in {@link #PIECES}, ending with the usage and a normal stop. */
    protected abstract ResponseDefinitionBuilder streamedAnswer();

    /** An error response in the protocol's own shape, carrying {@code providerCode}. */
    protected abstract ResponseDefinitionBuilder error(int status, String providerCode);

    /** The header the token travels in, and its value for {@code token}. */
    protected abstract String tokenHeader();

    protected abstract String tokenHeaderValue(String token);

    @BeforeEach
    void startProvider() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        protocol = protocol(CLIENTS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopProvider() {
        server.stop();
    }

    protected LlmCall call(Duration timeout) {
        return new LlmCall(protocol.type(), baseUrl("http://127.0.0.1:" + server.port()), TOKEN,
                Duration.ofSeconds(2), timeout, "contract-model", "You are a careful editor.",
                "Summarise: the quick brown fox.", 0.2, 128);
    }

    @Test
    void theProtocolNamesItsTypeAndCanChat() {
        assertThat(protocol.type().code()).matches("[a-z][a-z0-9-]*");
        assertThat(protocol.capabilities().has(Capability.CHAT)).isTrue();
        assertThat(protocol.gateway()).isNotNull();
    }

    @Test
    void aCompleteCallReturnsTheTextTokensFinishReasonAndStatus() {
        server.stubFor(post(chatPath()).willReturn(completeAnswer()));

        LlmAnswer answer = protocol.gateway().complete(call(Duration.ofSeconds(5)));

        assertThat(answer).isEqualTo(new LlmAnswer(ANSWER, INPUT_TOKENS, OUTPUT_TOKENS, "stop", 200, null));
        server.verify(1, postRequestedFor(urlEqualTo(chatPath()))
                .withHeader(tokenHeader(), equalTo(tokenHeaderValue(TOKEN))));
    }

    @Test
    void aStreamedCallHandsOverEveryPieceInOrderThenTheWholeAnswer() {
        server.stubFor(post(chatPath()).willReturn(streamedAnswer()));
        List<String> received = new ArrayList<>();

        LlmAnswer answer = protocol.gateway().stream(call(Duration.ofSeconds(5)), received::add);

        assertThat(protocol.capabilities().has(Capability.STREAMING)).isTrue();
        assertThat(String.join("", received)).isEqualTo(ANSWER);
        assertThat(received).hasSizeGreaterThan(1);
        assertThat(answer.text()).isEqualTo(ANSWER);
        assertThat(answer.inputTokens()).isEqualTo(INPUT_TOKENS);
        assertThat(answer.outputTokens()).isEqualTo(OUTPUT_TOKENS);
        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.timeToFirstToken()).isNotNull();
    }

    @Test
    void aRefusedTokenIsAnAuthenticationFailureThatNeverShowsTheToken() {
        server.stubFor(post(chatPath()).willReturn(error(401, "invalid " + TOKEN)));

        ProviderCallFailure failure = failureOf(call(Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure.kind().retryable()).isFalse();
        assertThat(failure.httpStatus()).isEqualTo(401);
        assertThat(failure.getMessage()).doesNotContain(TOKEN);
        assertThat(failure.providerCode()).doesNotContain(TOKEN);
    }

    @Test
    void aRateLimitIsRetryableAfterWhatTheProviderAsked() {
        server.stubFor(post(chatPath()).willReturn(error(429, "rate_limit").withHeader("Retry-After", "7")));

        ProviderCallFailure failure = failureOf(call(Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.kind().retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.providerCode()).contains("rate_limit");
    }

    @Test
    void aServerErrorIsRetryable() {
        server.stubFor(post(chatPath()).willReturn(error(500, "server_error")));

        ProviderCallFailure failure = failureOf(call(Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.kind().retryable()).isTrue();
        assertThat(failure.httpStatus()).isEqualTo(500);
    }

    @Test
    void aSuccessWhoseBodyIsNoAnswerIsMalformed() {
        server.stubFor(post(chatPath()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"unexpected\": [1, 2")));

        assertThat(failureOf(call(Duration.ofSeconds(5))).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void noCompleteAnswerWithinTheTimeoutIsATimeout() {
        server.stubFor(post(chatPath()).willReturn(completeAnswer().withFixedDelay(3_000)));

        assertThat(failureOf(call(Duration.ofMillis(500))).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void noServerIsAConnectionFailure() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        LlmCall call = call(Duration.ofSeconds(5));
        LlmCall nowhere = new LlmCall(call.type(), baseUrl("http://127.0.0.1:" + closed), TOKEN,
                call.connectTimeout(), call.timeout(), call.model(), call.systemPrompt(), call.userPrompt(),
                call.temperature(), call.maxTokens());

        assertThat(failureOf(nowhere).kind()).isEqualTo(Kind.CONNECTION);
    }

    private ProviderCallFailure failureOf(LlmCall call) {
        return catchThrowableOfType(ProviderCallFailure.class, () -> protocol.gateway().complete(call));
    }
}
