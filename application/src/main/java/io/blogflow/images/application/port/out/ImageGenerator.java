package io.blogflow.images.application.port.out;

/**
 * One call to an image provider's text-to-image API, in the protocol its type speaks ({@code openai}:
 * {@code /images/generations}; {@code automatic1111}: {@code /sdapi/v1/txt2img}). A call is one attempt: retries
 * are the caller's, so every attempt can be logged. Before connecting, an implementation re-checks where the
 * provider's host resolves now (DNS rebinding), exactly as the LLM gateway does.
 */
public interface ImageGenerator {

    /** @throws io.blogflow.shared.application.port.out.ProviderCallFailure for every way the call can fail, classified */
    GeneratedImage generate(ImageGenerationCall call);
}
