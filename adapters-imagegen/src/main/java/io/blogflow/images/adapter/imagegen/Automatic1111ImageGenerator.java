package io.blogflow.images.adapter.imagegen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.ProviderType;
import java.time.Clock;
import java.util.Set;

/**
 * AUTOMATIC1111's Stable Diffusion web UI: {@code POST <baseUrl>/sdapi/v1/txt2img} (the server's root as base URL,
 * e.g. {@code http://sd.internal:7860}; it has no Java client, and it is one JSON POST). Sends {@code prompt},
 * {@code width}, {@code height}, {@code steps} and {@code cfg_scale} (the guidance scale) when given, one image
 * ({@code batch_size}/{@code n_iter} 1), and every extra setting as the txt2img field of that name
 * ({@code negative_prompt}, {@code sampler_name}, {@code seed}, {@code scheduler}, {@code restore_faces} …) except
 * those this call owns. The answer is {@code images[0]} (base64 PNG); its {@code info} is a JSON string of what was
 * used, not needed here. The model is the server's loaded checkpoint: the call's model name is only logged.
 */
public final class Automatic1111ImageGenerator implements ImageGenerator, ImageProtocol {

    private static final Set<String> OWNED = Set.of("prompt", "width", "height", "steps", "cfg_scale", "batch_size",
            "n_iter", "send_images", "save_images");

    public static final ProviderType TYPE = new ProviderType("automatic1111");

    private final ImageHttp http;

    public Automatic1111ImageGenerator(Clock clock) {
        this.http = new ImageHttp(clock);
    }

    @Override
    public ProviderType type() {
        return TYPE;
    }

    @Override
    public String protocolName() {
        return "automatic1111";
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.of(Capability.IMAGES);
    }

    @Override
    public ImageGenerator generator() {
        return this;
    }

    @Override
    public GeneratedImage generate(ImageGenerationCall call) {
        ObjectNode body = ImageHttp.JSON.createObjectNode();
        call.extraSettings().forEach((name, value) -> {
            if (!OWNED.contains(name)) {
                body.set(name, ImageHttp.JSON.valueToTree(value));
            }
        });
        body.put("prompt", call.prompt()).put("width", call.width()).put("height", call.height())
                .put("batch_size", 1).put("n_iter", 1).put("send_images", true).put("save_images", false);
        if (call.steps() != null) {
            body.put("steps", call.steps());
        }
        if (call.guidanceScale() != null) {
            body.put("cfg_scale", call.guidanceScale());
        }
        ImageHttp.Answer answer = http.postJson(call, "/sdapi/v1/txt2img", body);
        return http.image(call, answer, answer.body().path("images").path(0), null, null, null);
    }
}
