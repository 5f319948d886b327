package io.blogflow.images.adapter.imagegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAI's {@code POST <baseUrl>/images/generations} ({@code https://api.openai.com/v1}, the same base URL as chat).
 * <p>
 * Why not LangChain4j's {@code OpenAiImageModel}: its {@code Image} result drops the usage gpt-image models report,
 * it sends {@code response_format} which gpt-image models refuse, and it knows nothing of the response status or
 * headers; the protocol is one JSON POST, so the JDK client and Jackson say it directly ({@link ImageHttp}).
 * <p>
 * Sends {@code model}, {@code prompt}, {@code n: 1}, {@code size} (the allowed size nearest the format's,
 * {@link OpenAiImageSizes}), {@code response_format: b64_json} for DALL-E models, and these extra settings when
 * given: {@code quality}, {@code style}, {@code background}, {@code output_format}, {@code output_compression},
 * {@code moderation} (others are not OpenAI's and would be a 400). Steps and guidance scale have no OpenAI meaning.
 */
public final class OpenAiImageGenerator implements ImageGenerator, ImageProtocol {

    private static final Set<String> PASSED_SETTINGS = Set.of("quality", "style", "background", "output_format",
            "output_compression", "moderation");

    public static final ProviderType TYPE = new ProviderType("openai");
    private static final ProviderUrl HOSTED = new ProviderUrl("https://api.openai.com/v1");

    private final ImageHttp http;

    public OpenAiImageGenerator(Clock clock) {
        this.http = new ImageHttp(clock);
    }

    @Override
    public ProviderType type() {
        return TYPE;
    }

    @Override
    public String protocolName() {
        return "openai-images";
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.of(Capability.IMAGES);
    }

    /** The same base URL as OpenAI chat: one {@code openai} provider serves both. */
    @Override
    public Optional<ProviderUrl> defaultBaseUrl() {
        return Optional.of(HOSTED);
    }

    @Override
    public ImageGenerator generator() {
        return this;
    }

    @Override
    public GeneratedImage generate(ImageGenerationCall call) {
        ObjectNode body = ImageHttp.JSON.createObjectNode().put("model", call.model()).put("prompt", call.prompt())
                .put("n", 1).put("size", OpenAiImageSizes.sizeFor(call.model(), call.width(), call.height()));
        if (OpenAiImageSizes.needsResponseFormat(call.model())) {
            body.put("response_format", "b64_json");
        }
        call.extraSettings().forEach((name, value) -> {
            if (PASSED_SETTINGS.contains(name)) {
                body.set(name, ImageHttp.JSON.valueToTree(value));
            }
        });
        ImageHttp.Answer answer = http.postJson(call, "/images/generations", body);
        JsonNode first = answer.body().path("data").path(0);
        JsonNode usage = answer.body().path("usage");
        return http.image(call, answer, first.path("b64_json"), text(first.path("revised_prompt")),
                count(usage.path("input_tokens")), count(usage.path("output_tokens")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Integer count(JsonNode node) {
        return node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : null;
    }
}
