package io.blogflow.images.adapter.imagegen;

import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.ProviderType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The {@link ImageGenerator}: each call goes to the generator of the protocol its provider speaks. */
public final class HttpImageGenerator implements ImageGenerator {

    private final Map<ProviderType, ImageGenerator> byType = new EnumMap<>(ProviderType.class);

    public HttpImageGenerator(ProviderUrlPolicy urlPolicy, Clock clock) {
        ImageHttp http = new ImageHttp(urlPolicy, clock);
        byType.put(ProviderType.OPENAI, new OpenAiImageGenerator(http));
        byType.put(ProviderType.AUTOMATIC1111, new Automatic1111ImageGenerator(http));
    }

    @Override
    public GeneratedImage generate(ImageGenerationCall call) {
        ImageGenerator generator = byType.get(call.type());
        if (generator == null) {
            // Ollama has no image API: refused before anything is sent.
            throw new ProviderCallFailure(ProviderCallFailure.Kind.BAD_REQUEST, null, "no-image-protocol", null,
                    call.type().code() + " providers cannot generate images", null);
        }
        return generator.generate(call);
    }
}
