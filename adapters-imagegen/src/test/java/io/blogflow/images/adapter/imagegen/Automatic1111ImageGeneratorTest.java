package io.blogflow.images.adapter.imagegen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.domain.MediaType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AUTOMATIC1111's /sdapi/v1/txt2img, as the Stable Diffusion web UI sees and answers it. */
class Automatic1111ImageGeneratorTest extends FakeImageProvider {

    @Test
    void txt2imgSendsSizeStepsGuidanceAndExtraSettingsAndReadsTheFirstImage() {
        server.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"images": ["%s"], "parameters": {}, "info": "{\\"seed\\": 42, \\"sampler_name\\": \\"Euler a\\"}"}"""
                        .formatted(base64(PNG)))));

        GeneratedImage image = generator.generate(a1111(30, 7.5,
                Map.of("negative_prompt", "blurry, text", "sampler_name", "DPM++ 2M", "seed", 42, "width", 64)));

        assertThat(image.bytes()).isEqualTo(PNG);
        assertThat(image.mediaType()).isEqualTo(MediaType.PNG);
        assertThat(image.revisedPrompt()).isNull();
        assertThat(image.inputTokens()).isNull();
        server.verify(1, postRequestedFor(urlEqualTo("/sdapi/v1/txt2img")).withRequestBody(equalToJson("""
                {"prompt": "A lighthouse at dawn, watercolour", "negative_prompt": "blurry, text",
                 "sampler_name": "DPM++ 2M", "seed": 42, "width": 1536, "height": 1024, "steps": 30,
                 "cfg_scale": 7.5, "batch_size": 1, "n_iter": 1, "send_images": true, "save_images": false}""")));
        assertThat(server.getAllServeEvents().get(0).getRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void unsetStepsAndGuidanceAreLeftToTheServer() {
        server.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(200)
                .withBody("{\"images\": [\"" + base64(PNG) + "\"]}")));

        generator.generate(a1111(null, null, Map.of()));

        assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .doesNotContain("steps", "cfg_scale");
    }
}
