package io.blogflow.llm.adapter.langchain4j;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.service.ProviderProtocols;
import io.blogflow.llm.application.service.RegisteredLlmGateway;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.ProviderType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server speaking a provider's protocol on loopback, and the gateway generation uses (the registry over
 * this module's protocols) allowed to reach it.
 */
abstract class FakeProvider {

    static final String TOKEN = "sk-test-secret-token-1234";
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final JdkHttpClients CLIENTS = new JdkHttpClients();

    WireMockServer server;
    LlmGateway gateway;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        gateway = gateways(loopbackPolicy(), Clock.fixed(NOW, ZoneOffset.UTC), CLIENTS);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /** This module's chat protocols behind the registry's gateway, as bootstrap wires them. */
    static LlmGateway gateways(ProviderUrlPolicy policy, Clock clock, JdkHttpClients clients) {
        return new RegisteredLlmGateway(new ProviderProtocols(List.of(new OpenAiLlmGateway(clients, clock),
                new OllamaLlmGateway(clients, clock))), policy);
    }

    static ProviderUrlPolicy loopbackPolicy() {
        return new ProviderUrlPolicy(AllowedHosts.parse("127.0.0.1,localhost"), true,
                host -> List.of(InetAddress.getLoopbackAddress()));
    }

    String openAiUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    String ollamaUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    static LlmCall call(ProviderType type, String baseUrl, String token, Duration timeout) {
        return new LlmCall(type, baseUrl, token, Duration.ofSeconds(2), timeout, "gpt-test",
                "You are a careful editor.", "Summarise: the quick brown fox.", 0.2, 128);
    }

    LlmCall openAi() {
        return call(OpenAiLlmGateway.TYPE, openAiUrl(), TOKEN, Duration.ofSeconds(5));
    }

    LlmCall ollama() {
        return call(OllamaLlmGateway.TYPE, ollamaUrl(), TOKEN, Duration.ofSeconds(5));
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
