package io.blogflow.llm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.ProviderProtocol;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.domain.InvalidValueException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The provider-type registry and the gateway built on it: what is registered is all there is. */
class ProviderProtocolsTest {

    private final List<String> sent = new ArrayList<>();

    @Test
    void theTypesAreWhatIsRegisteredWithTheUnionOfTheirProtocolsCapabilities() {
        var registry = new ProviderProtocols(List.of(chat("openai", true, "https://api.openai.com/v1"),
                images("openai", "https://api.openai.com/v1"), chat("ollama", true, null), images("sd", null)));

        assertThat(registry.codes()).containsExactly("ollama", "openai", "sd");
        assertThat(registry.capabilitiesOf(new ProviderType("openai")).codes())
                .containsExactly("chat", "streaming", "images");
        assertThat(registry.capabilitiesOf(new ProviderType("sd")).codes()).containsExactly("images");
        assertThat(registry.defaultBaseUrl(new ProviderType("openai"))).contains(
                new ProviderUrl("https://api.openai.com/v1"));
        assertThat(registry.defaultBaseUrl(new ProviderType("ollama"))).isEmpty();
        assertThat(registry.defaultHosts()).containsExactly("api.openai.com");
        assertThat(registry.providerTypes()).extracting(info -> info.type().code())
                .containsExactly("ollama", "openai", "sd");
    }

    @Test
    void aTypeNobodyRegisteredIsAFieldErrorListingTheRegisteredOnes() {
        var registry = new ProviderProtocols(List.of(chat("openai", true, null), chat("anthropic", true, null)));

        assertThat(registry.known(" Anthropic ")).isEqualTo(new ProviderType("anthropic"));
        assertThatThrownBy(() -> registry.known("mistral")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("[anthropic, openai]").extracting("code").isEqualTo("type.invalid");
        assertThatThrownBy(() -> registry.known("not a code!")).extracting("code").isEqualTo("type.invalid");
    }

    @Test
    void twoChatProtocolsForOneTypeOrTwoUsualUrlsAreAWiringMistake() {
        assertThatThrownBy(() -> new ProviderProtocols(List.of(chat("openai", true, null), chat("openai", true, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("openai");
        assertThatThrownBy(() -> new ProviderProtocols(List.of(chat("openai", true, "https://a.example/v1"),
                images("openai", "https://b.example/v1")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGatewaySendsEachCallToItsTypesProtocol() {
        var gateway = new RegisteredLlmGateway(new ProviderProtocols(List.of(chat("openai", true, null),
                chat("anthropic", true, null))), policy("127.0.0.1"));

        gateway.complete(call("anthropic", "http://127.0.0.1:9/v1"));
        gateway.stream(call("openai", "http://127.0.0.1:9/v1"), piece -> { });

        assertThat(sent).containsExactly("anthropic complete", "openai stream");
    }

    @Test
    void aTypeWithoutAChatProtocolIsRefusedBeforeAnythingIsSent() {
        var gateway = new RegisteredLlmGateway(new ProviderProtocols(List.of(images("sd", null))), policy("127.0.0.1"));

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.complete(call("sd", "http://127.0.0.1:9")));

        assertThat(failure.kind()).isEqualTo(ProviderCallFailure.Kind.BAD_REQUEST);
        assertThat(failure.providerCode()).isEqualTo("no-chat-protocol");
        assertThat(sent).isEmpty();
    }

    @Test
    void aHostTheUrlPolicyNowRefusesIsBlockedBeforeAnythingIsSent() {
        var gateway = new RegisteredLlmGateway(new ProviderProtocols(List.of(chat("openai", true, null))),
                policy("api.openai.com"));

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> gateway.complete(call("openai", "http://127.0.0.1:9/v1")));

        assertThat(failure.kind()).isEqualTo(ProviderCallFailure.Kind.BLOCKED_ADDRESS);
        assertThat(failure).hasMessageContaining("base-url.host-not-allowed");
        assertThat(sent).isEmpty();
    }

    @Test
    void aProtocolThatCannotStreamAnswersAStreamedCallWholeAsOnePiece() {
        var gateway = new RegisteredLlmGateway(new ProviderProtocols(List.of(chat("batch", false, null))),
                policy("127.0.0.1"));
        List<String> pieces = new ArrayList<>();

        LlmAnswer answer = gateway.stream(call("batch", "http://127.0.0.1:9"), pieces::add);

        assertThat(sent).containsExactly("batch complete");
        assertThat(pieces).containsExactly(answer.text());
    }

    private static ProviderUrlPolicy policy(String allowed) {
        return new ProviderUrlPolicy(AllowedHosts.parse(allowed), true, host -> List.of(InetAddress.getLoopbackAddress()));
    }

    private static LlmCall call(String type, String baseUrl) {
        return new LlmCall(new ProviderType(type), baseUrl, "token", Duration.ofSeconds(1), Duration.ofSeconds(1),
                "model", null, "Hello", null, null);
    }

    private ChatProtocol chat(String type, boolean streams, String usualUrl) {
        LlmGateway gateway = new LlmGateway() {
            @Override
            public LlmAnswer complete(LlmCall call) {
                sent.add(type + " complete");
                return new LlmAnswer("Hello from " + type, 1, 1, "stop", 200, null);
            }

            @Override
            public LlmAnswer stream(LlmCall call, Consumer<String> tokens) {
                sent.add(type + " stream");
                tokens.accept("Hello");
                return new LlmAnswer("Hello", 1, 1, "stop", 200, Duration.ZERO);
            }
        };
        return new ChatProtocol() {
            public ProviderType type() {
                return new ProviderType(type);
            }

            public Capabilities capabilities() {
                return streams ? Capabilities.of(Capability.CHAT, Capability.STREAMING) : Capabilities.of(Capability.CHAT);
            }

            public Optional<ProviderUrl> defaultBaseUrl() {
                return Optional.ofNullable(usualUrl).map(ProviderUrl::new);
            }

            public LlmGateway gateway() {
                return gateway;
            }
        };
    }

    /** An image protocol as the llm registry sees it: a provider protocol that generates images. */
    private static ProviderProtocol images(String type, String usualUrl) {
        return new ProviderProtocol() {
            public ProviderType type() {
                return new ProviderType(type);
            }

            public Capabilities capabilities() {
                return Capabilities.of(Capability.IMAGES);
            }

            public Optional<ProviderUrl> defaultBaseUrl() {
                return Optional.ofNullable(usualUrl).map(ProviderUrl::new);
            }
        };
    }
}
