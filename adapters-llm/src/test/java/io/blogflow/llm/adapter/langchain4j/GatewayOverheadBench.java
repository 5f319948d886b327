package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.ProviderType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: measures the gateway's own cost against a WireMock provider with a fixed latency. Sequential
 * {@code complete()} calls: elapsed minus the fixed latency is the overhead (LangChain4j model building, JSON, the
 * host re-check, the loopback round trip and WireMock's own work). Then concurrent {@code stream()} calls at once:
 * the wall time should be about one latency, not one per call. Arguments: calls, concurrency, latency-ms.
 */
public final class GatewayOverheadBench {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(concurrency + 20).jettyAcceptors(2));
        server.start();
        try {
            server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                    .withFixedDelay(latencyMs).withHeader("Content-Type", "application/json")
                    .withBody(OpenAiLlmGatewayTest.COMPLETION)));
            server.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                    .willReturn(aResponse().withStatus(200).withFixedDelay(latencyMs)
                            .withHeader("Content-Type", "text/event-stream").withBody(OpenAiLlmGatewayTest.STREAM)));
            JdkHttpClients clients = new JdkHttpClients();
            LlmGateway gateway = FakeProvider.gateways(FakeProvider.loopbackPolicy(), Clock.systemUTC(),
                    clients);
            LlmCall call = FakeProvider.call(OpenAiLlmGateway.TYPE, "http://127.0.0.1:" + server.port() + "/v1",
                    FakeProvider.TOKEN, Duration.ofSeconds(30));

            for (int i = 0; i < 50; i++) { // warm-up: JIT, connection pool
                gateway.complete(call);
            }
            // The baseline: the same POST straight through the same JDK client, i.e. loopback plus WireMock's own work.
            HttpClient jdk = clients.forConnectTimeout(call.connectTimeout());
            HttpRequest raw = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/v1/chat/completions")).version(HttpClient.Version.HTTP_1_1)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + FakeProvider.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(RAW_BODY)).build();
            for (int i = 0; i < 50; i++) {
                jdk.send(raw, HttpResponse.BodyHandlers.ofString());
            }
            double[] gatewayMs = new double[calls];
            double[] baselineMs = new double[calls];
            for (int i = 0; i < calls; i++) { // interleaved, so both see the same load on the machine
                long started = System.nanoTime();
                gateway.complete(call);
                gatewayMs[i] = (System.nanoTime() - started) / 1e6 - latencyMs;
                started = System.nanoTime();
                jdk.send(raw, HttpResponse.BodyHandlers.ofString());
                baselineMs[i] = (System.nanoTime() - started) / 1e6 - latencyMs;
            }
            report("sequential complete(), elapsed - latency", gatewayMs, calls, latencyMs);
            report("baseline raw JDK POST, elapsed - latency", baselineMs, calls, latencyMs);

            for (int round = 1; round <= 2; round++) { // the first round also opens the connections
                concurrentStreams(gateway, call, concurrency, latencyMs, round);
            }
            System.out.printf("JDK HTTP clients: %d; live SelectorManager threads: %d%n", clients.size(),
                    Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().contains("SelectorManager")).count());
        } finally {
            server.stop();
        }
    }

    private static void concurrentStreams(LlmGateway gateway, LlmCall call, int concurrency, int latencyMs,
                                          int round) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                futures.add(callers.submit(() -> {
                    start.await();
                    long started = System.nanoTime();
                    gateway.stream(call, piece -> { });
                    return System.nanoTime() - started;
                }));
            }
            long wallStarted = System.nanoTime();
            start.countDown();
            long min = Long.MAX_VALUE;
            long max = 0;
            for (Future<Long> future : futures) {
                long nanos = future.get();
                min = Math.min(min, nanos);
                max = Math.max(max, nanos);
            }
            System.out.printf("concurrent stream() round %d: %d calls at once, fixed latency %d ms; wall %.1f ms,"
                    + " per call min %.1f ms, max %.1f ms%n", round, concurrency, latencyMs,
                    (System.nanoTime() - wallStarted) / 1e6, min / 1e6, max / 1e6);
        } finally {
            callers.shutdownNow();
        }
    }

    private static final String RAW_BODY = "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\","
            + "\"content\":\"You are a careful editor.\"},{\"role\":\"user\",\"content\":\"Summarise: the quick brown"
            + " fox.\"}],\"temperature\":0.2,\"max_tokens\":128,\"stream\":false}";

    private static void report(String what, double[] ms, int calls, int latencyMs) {
        Arrays.sort(ms);
        System.out.printf("%s: %d calls, fixed latency %d ms; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, calls, latencyMs, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), ms[calls - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
