package io.blogflow.images.adapter.imagegen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.domain.MediaType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** OpenAI's /images/generations, as api.openai.com sees and answers it. */
class OpenAiImageGeneratorTest extends FakeImageProvider {

    void answer(String body) {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void gptImageSendsModelPromptOneImageAndTheNearestSizeAndReadsBytesAndUsage() {
        answer("""
                {"created": 1746100000, "data": [{"b64_json": "%s"}],
                 "usage": {"input_tokens": 50, "output_tokens": 4160, "total_tokens": 4210}}""".formatted(base64(PNG)));

        GeneratedImage image = generator.generate(openAi("gpt-image-1", 1600, 900));

        assertThat(image.bytes()).isEqualTo(PNG);
        assertThat(image.mediaType()).isEqualTo(MediaType.PNG);
        assertThat(image.revisedPrompt()).isNull();
        assertThat(image.httpStatus()).isEqualTo(200);
        assertThat(image.inputTokens()).isEqualTo(50);
        assertThat(image.outputTokens()).isEqualTo(4160);
        assertThat(image.latency()).isPositive();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"model": "gpt-image-1", "prompt": "A lighthouse at dawn, watercolour", "n": 1,
                         "size": "1536x1024"}""")));
    }

    @Test
    void dallE3AsksForBase64AndKeepsTheRevisedPrompt() {
        answer("""
                {"created": 1746100000, "data": [{"b64_json": "%s",
                  "revised_prompt": "A tall white lighthouse on a cliff at dawn, soft watercolour washes"}]}"""
                .formatted(base64(JPEG)));

        GeneratedImage image = generator.generate(openAi("dall-e-3", 1024, 1536));

        assertThat(image.mediaType()).isEqualTo(MediaType.JPEG);
        assertThat(image.revisedPrompt()).startsWith("A tall white lighthouse");
        assertThat(image.inputTokens()).isNull();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")).withRequestBody(equalToJson("""
                {"model": "dall-e-3", "prompt": "A lighthouse at dawn, watercolour", "n": 1, "size": "1024x1792",
                 "response_format": "b64_json"}""")));
    }

    @ParameterizedTest(name = "{0} {1}x{2} -> {3}")
    @CsvSource({
            "gpt-image-1, 1024, 1024, 1024x1024", "gpt-image-1, 1792, 1024, 1536x1024",
            "gpt-image-1, 1024, 1536, 1024x1536", "gpt-image-1, 1100, 1000, 1024x1024",
            "dall-e-3, 1536, 1024, 1792x1024", "dall-e-3, 1024, 1536, 1024x1792", "dall-e-3, 800, 800, 1024x1024",
            "dall-e-2, 300, 300, 256x256", "dall-e-2, 600, 500, 512x512", "dall-e-2, 1536, 1024, 1024x1024",
            "some-compatible-model, 1200, 800, 1200x800"})
    void theSizeSentIsTheAllowedOneNearestTheFormat(String model, int width, int height, String size) {
        answer("{\"data\": [{\"b64_json\": \"" + base64(PNG) + "\"}]}");

        generator.generate(openAi(model, width, height));

        server.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withRequestBody(matchingJsonPath("$.size", equalTo(size))));
    }

    @Test
    void openAiExtraSettingsArePassedAndOthersLeftOutWithoutATokenNoAuthorization() {
        answer("{\"data\": [{\"b64_json\": \"" + base64(PNG) + "\"}]}");
        ImageGenerationCall call = new ImageGenerationCall(OpenAiImageGenerator.TYPE, openAiUrl() + "/", null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), "dall-e-3", "A fox", 1024, 1024, 30, 7.5,
                Map.of("quality", "hd", "style", "natural", "negative_prompt", "blurry"));

        generator.generate(call);

        assertThat(server.getAllServeEvents()).singleElement().satisfies(event -> {
            assertThat(event.getRequest().containsHeader("Authorization")).isFalse();
            assertThat(event.getRequest().getBodyAsString()).doesNotContain("negative_prompt", "steps", "cfg");
        });
        server.verify(postRequestedFor(urlEqualTo("/v1/images/generations")).withRequestBody(equalToJson("""
                {"model": "dall-e-3", "prompt": "A fox", "n": 1, "size": "1024x1024", "response_format": "b64_json",
                 "quality": "hd", "style": "natural"}""")));
    }

    @Test
    void theTokenNeverShowsInTheCallsToString() {
        assertThat(openAi("gpt-image-1", 1024, 1024).toString()).doesNotContain(TOKEN).contains("token=***");
    }
}
