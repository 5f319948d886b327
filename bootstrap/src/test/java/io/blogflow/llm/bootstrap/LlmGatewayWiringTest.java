package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blogflow.llm.adapter.langchain4j.LangChain4jLlmGateway;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The application's LlmGateway is the LangChain4j one, guarded by the configured URL policy. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LlmGatewayWiringTest {

    @Inject
    LlmGateway gateway;

    @Test
    void theGatewayRefusesAHostOffTheAllowListWithoutSending() {
        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.complete(call("https://elsewhere.example/v1")));

        assertThat(gateway).isInstanceOf(LangChain4jLlmGateway.class);
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
        return new LlmCall(ProviderType.OPENAI, baseUrl, "sk-wiring", Duration.ofSeconds(1), Duration.ofSeconds(2),
                "gpt-test", null, "Hello", null, null);
    }
}
