package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blogflow.llm.adapter.langchain4j.OpenAiLlmGateway;
import io.blogflow.llm.application.port.in.ProviderTypesUseCase;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.service.RegisteredLlmGateway;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The application's LlmGateway is the registry's, guarded by the configured URL policy, and the registry holds what
 * the adapter modules contribute.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LlmGatewayWiringTest {

    @Inject
    LlmGateway gateway;

    @Inject
    ProviderTypesUseCase types;

    @Test
    void theProviderTypesAreWhatTheAdapterModulesContribute() {
        Map<String, String> registered = types.providerTypes().stream().collect(Collectors.toMap(
                info -> info.type().code(), info -> String.join(",", info.capabilities().codes())
                        + (info.defaultBaseUrl() == null ? "" : " " + info.defaultBaseUrl().value())));

        assertThat(registered).containsEntry("openai", "chat,streaming,images https://api.openai.com/v1")
                .containsEntry("ollama", "chat,streaming")
                .containsEntry("anthropic", "chat,streaming https://api.anthropic.com/v1")
                .containsEntry("automatic1111", "images");
    }

    @Test
    void theGatewayRefusesAHostOffTheAllowListWithoutSending() {
        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.complete(call("https://elsewhere.example/v1")));

        assertThat(gateway).isInstanceOf(RegisteredLlmGateway.class);
        assertThat(failure.kind()).isEqualTo(ProviderCallFailure.Kind.BLOCKED_ADDRESS);
        assertThat(failure).hasMessageContaining("base-url.host-not-allowed");
    }

    @Test
    void anAllowedHostIsCalled() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.complete(call("http://127.0.0.1:" + closedPort + "/v1")));

        assertThat(failure.kind()).isEqualTo(ProviderCallFailure.Kind.CONNECTION);
    }

    private static LlmCall call(String baseUrl) {
        return new LlmCall(OpenAiLlmGateway.TYPE, baseUrl, "sk-wiring", Duration.ofSeconds(1), Duration.ofSeconds(2),
                "gpt-test", null, "Hello", null, null);
    }
}
