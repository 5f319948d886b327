package io.blogflow.images.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.images.domain.MediaType;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.domain.InvalidValueException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image-protocol registry: names, capable types and the generator come from what is registered. */
class ImageProtocolsTest {

    private final List<String> sent = new ArrayList<>();
    private final ImageProtocols registry = new ImageProtocols(List.of(protocol("openai", "openai-images"),
            protocol("sdnext", "sdnext")));

    @Test
    void theCatalogueNamesAndImageTypesAreTheRegisteredOnes() {
        assertThat(registry.protocolNames()).containsExactly("openai-images", "sdnext");
        assertThat(registry.imageProviderTypes()).containsExactly("openai", "sdnext");
        assertThat(registry.generatesImages(new ProviderType("openai"))).isTrue();
        assertThat(registry.generatesImages(new ProviderType("ollama"))).isFalse();
        assertThat(registry.knownName("sdnext")).isEqualTo("sdnext");
        assertThat(registry.knownName(null)).isNull();
        assertThatThrownBy(() -> registry.knownName("automatic1111")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("[openai-images, sdnext]").extracting("code").isEqualTo("provider-type.invalid");
    }

    @Test
    void twoProtocolsForOneTypeOrOneNameAreAWiringMistake() {
        assertThatThrownBy(() -> new ImageProtocols(List.of(protocol("openai", "a"), protocol("openai", "b"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ImageProtocols(List.of(protocol("x", "same"), protocol("y", "same"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGeneratorSendsEachCallToItsTypesProtocolAfterTheChecks() {
        ProviderUrlPolicy policy = new ProviderUrlPolicy(AllowedHosts.parse("127.0.0.1"), true,
                host -> List.of(InetAddress.getLoopbackAddress()));
        ImageGenerator generator = registry.generator(policy);

        generator.generate(call("sdnext", "http://127.0.0.1:7860"));
        ProviderCallFailure noImages = catchThrowableOfType(ProviderCallFailure.class,
                () -> generator.generate(call("ollama", "http://127.0.0.1:11434")));
        ProviderCallFailure blocked = catchThrowableOfType(ProviderCallFailure.class,
                () -> generator.generate(call("openai", "http://localhost:9/v1")));

        assertThat(sent).containsExactly("sdnext");
        assertThat(noImages.kind()).isEqualTo(ProviderCallFailure.Kind.BAD_REQUEST);
        assertThat(noImages.providerCode()).isEqualTo("no-image-protocol");
        assertThat(blocked.kind()).isEqualTo(ProviderCallFailure.Kind.BLOCKED_ADDRESS);
    }

    private static ImageGenerationCall call(String type, String baseUrl) {
        return new ImageGenerationCall(new ProviderType(type), baseUrl, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), "model", "A fox", 64, 64, null, null, null);
    }

    private ImageProtocol protocol(String type, String name) {
        return new ImageProtocol() {
            public String protocolName() {
                return name;
            }

            public ImageGenerator generator() {
                return call -> {
                    sent.add(type);
                    return new GeneratedImage(new byte[] {1}, MediaType.PNG, null, 200, Duration.ZERO, null, null);
                };
            }

            public ProviderType type() {
                return new ProviderType(type);
            }

            public Capabilities capabilities() {
                return Capabilities.of(Capability.IMAGES);
            }
        };
    }
}
