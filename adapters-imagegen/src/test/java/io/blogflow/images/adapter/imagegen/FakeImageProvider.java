package io.blogflow.images.adapter.imagegen;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.service.ImageProtocols;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.AllowedHosts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server speaking an image protocol on loopback, the generator image generation uses (the registry over
 * this module's protocols) allowed to reach it, and real images.
 */
abstract class FakeImageProvider {

    static final String TOKEN = "sk-image-secret-token-9876";
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final byte[] PNG = image("png", 8, 4);
    static final byte[] JPEG = image("jpg", 8, 4);

    WireMockServer server;
    ImageGenerator generator;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        generator = generators(loopbackPolicy(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /** This module's image protocols behind the registry's generator, as bootstrap wires them. */
    static ImageGenerator generators(ProviderUrlPolicy policy, Clock clock) {
        return new ImageProtocols(List.of(new OpenAiImageGenerator(clock), new Automatic1111ImageGenerator(clock)))
                .generator(policy);
    }

    static ProviderUrlPolicy loopbackPolicy() {
        return new ProviderUrlPolicy(AllowedHosts.parse("127.0.0.1,localhost"), true,
                host -> List.of(InetAddress.getLoopbackAddress()));
    }

    String openAiUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    String a1111Url() {
        return "http://127.0.0.1:" + server.port();
    }

    ImageGenerationCall openAi(String model, int width, int height) {
        return new ImageGenerationCall(OpenAiImageGenerator.TYPE, openAiUrl(), TOKEN, Duration.ofSeconds(2),
                Duration.ofSeconds(5), model, "A lighthouse at dawn, watercolour", width, height, null, null, Map.of());
    }

    ImageGenerationCall a1111(Integer steps, Double guidance, Map<String, Object> extra) {
        return new ImageGenerationCall(Automatic1111ImageGenerator.TYPE, a1111Url(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(5), "sdxl", "A lighthouse at dawn, watercolour", 1536, 1024, steps, guidance, extra);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A real image, encoded by the JDK (so the tests check recognition on genuine bytes, not on magic numbers alone). */
    static byte[] image(String format, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, Color.ORANGE.getRGB());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
