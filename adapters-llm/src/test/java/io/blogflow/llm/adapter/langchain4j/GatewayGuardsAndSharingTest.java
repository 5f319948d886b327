package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.ProviderType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The host is re-checked before each call; all calls share the JDK HTTP clients. */
class GatewayGuardsAndSharingTest extends FakeProvider {

    @Test
    void aHostThatNowResolvesToAPrivateAddressIsBlockedBeforeAnythingIsSent() throws UnknownHostException {
        InetAddress privateAddress = InetAddress.getByAddress("llm.example.test", new byte[] {10, 0, 0, 5});
        ProviderUrlPolicy policy = new ProviderUrlPolicy(AllowedHosts.parse("llm.example.test"), false,
                host -> List.of(privateAddress));
        LlmGateway guarded = FakeProvider.gateways(policy, Clock.systemUTC(), CLIENTS);
        LlmCall call = call(OpenAiLlmGateway.TYPE, "http://llm.example.test:" + server.port() + "/v1", TOKEN,
                Duration.ofSeconds(5));

        for (ProviderCallFailure failure : List.of(
                catchThrowableOfType(ProviderCallFailure.class, () -> guarded.complete(call)),
                catchThrowableOfType(ProviderCallFailure.class, () -> guarded.stream(call, piece -> { })))) {
            assertThat(failure.kind()).isEqualTo(ProviderCallFailure.Kind.BLOCKED_ADDRESS);
            assertThat(failure.httpStatus()).isNull();
            assertThat(failure).hasMessageContaining("10.0.0.5").hasMessageNotContaining(TOKEN);
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void manyConcurrentCallsShareOneJdkClientAndDoNotAddSelectorThreads() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200).withFixedDelay(50)
                .withHeader("Content-Type", "application/json").withBody(OpenAiLlmGatewayTest.COMPLETION)));
        server.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withStatus(200).withFixedDelay(50)
                        .withHeader("Content-Type", "text/event-stream").withBody(OpenAiLlmGatewayTest.STREAM)));
        JdkHttpClients clients = new JdkHttpClients();
        LlmGateway shared = FakeProvider.gateways(loopbackPolicy(), Clock.systemUTC(), clients);
        shared.complete(openAi()); // the first call creates the client for this connect timeout
        long selectorsBefore = selectorThreads();

        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Callable<LlmAnswer>> calls = IntStream.range(0, 64)
                    .<Callable<LlmAnswer>>mapToObj(i -> () -> i % 2 == 0 ? shared.complete(openAi())
                            : shared.stream(openAi(), piece -> { }))
                    .toList();
            for (Future<LlmAnswer> answer : callers.invokeAll(calls)) {
                assertThat(answer.get().text()).isEqualTo("A fox, quick and brown.");
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(clients.size()).isEqualTo(1);
        assertThat(clients.forConnectTimeout(Duration.ofSeconds(2))).isSameAs(clients.forConnectTimeout(Duration.ofSeconds(2)));
        assertThat(selectorThreads()).isEqualTo(selectorsBefore);
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().contains("SelectorManager")).count();
    }
}
