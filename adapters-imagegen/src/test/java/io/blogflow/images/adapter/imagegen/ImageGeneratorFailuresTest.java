package io.blogflow.images.adapter.imagegen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.ProviderType;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way an image call fails is one classified ProviderCallFailure, and none of them carries the token. */
class ImageGeneratorFailuresTest extends FakeImageProvider {

    ProviderCallFailure failureOf(ImageGenerationCall call) {
        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class, () -> generator.generate(call));
        assertThat(failure).as("the call fails").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(TOKEN);
        return failure;
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"400, BAD_REQUEST, content_policy_violation", "401, AUTHENTICATION, invalid_api_key",
            "404, NOT_FOUND, model_not_found", "500, SERVER_ERROR, server_error"})
    void openAiErrorStatusesAreClassifiedWithTheProvidersCode(int status, Kind kind, String code) {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(status)
                .withBody("{\"error\": {\"message\": \"no\", \"type\": \"invalid_request_error\", \"code\": \"" + code
                        + "\"}}")));

        ProviderCallFailure failure = failureOf(openAi("gpt-image-1", 1024, 1024));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.providerCode()).isEqualTo(code);
        assertThat(failure.retryAfter()).isNull();
    }

    @Test
    void aRateLimitCarriesRetryAfterInSecondsOrAsADate() {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withBody("{\"error\": {\"type\": \"rate_limit_exceeded\"}}")));
        ProviderCallFailure failure = failureOf(openAi("dall-e-3", 1024, 1024));
        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.providerCode()).isEqualTo("rate_limit_exceeded");

        server.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "Fri, 01 May 2026 12:00:30 GMT")));
        ProviderCallFailure busy = failureOf(a1111(20, 7.0, Map.of()));
        assertThat(busy.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAutomatic1111ErrorKeepsItsErrorName() {
        server.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(500)
                .withBody("{\"error\": \"OutOfMemoryError\", \"detail\": \"\", \"body\": \"\", \"errors\": \"CUDA\"}")));

        ProviderCallFailure failure = failureOf(a1111(20, 7.0, Map.of()));

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.providerCode()).isEqualTo("OutOfMemoryError");
    }

    @Test
    void noCompleteAnswerWithinTheTimeoutIsATimeout() {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200)
                .withBody("{\"data\": []}").withFixedDelay(1500)));
        ImageGenerationCall call = new ImageGenerationCall(OpenAiImageGenerator.TYPE, openAiUrl(), TOKEN,
                Duration.ofSeconds(2), Duration.ofMillis(300), "gpt-image-1", "A fox", 1024, 1024, null, null, null);

        ProviderCallFailure failure = failureOf(call);

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.kind().retryable()).isTrue();
    }

    @Test
    void aBrokenConnectionIsAConnectionFailure() {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failureOf(openAi("gpt-image-1", 1024, 1024)).kind()).isEqualTo(Kind.CONNECTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | <html>oops</html>",
            "no data | {\"created\": 1}",
            "empty data | {\"data\": []}",
            "only a URL | {\"data\": [{\"url\": \"https://example.com/a.png\"}]}",
            "not base64 | {\"data\": [{\"b64_json\": \"%%%not-base64%%%\"}]}",
            "base64 of no image | {\"data\": [{\"b64_json\": \"aGVsbG8gd29ybGQ=\"}]}"})
    void aSuccessWhoseBodyIsNoImageIsMalformed(String what, String body) {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200).withBody(body)));

        ProviderCallFailure failure = failureOf(openAi("gpt-image-1", 1024, 1024));

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(failure.httpStatus()).isEqualTo(200);
    }

    @Test
    void anAutomatic1111AnswerWithoutImagesIsMalformed() {
        server.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(200)
                .withBody("{\"images\": [], \"info\": \"{}\"}")));

        assertThat(failureOf(a1111(20, 7.0, Map.of())).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void aHostNowResolvingToAPrivateAddressIsRefusedWithoutSendingAnything() {
        ProviderUrlPolicy rebound = new ProviderUrlPolicy(AllowedHosts.parse("127.0.0.1"), false,
                host -> List.of(InetAddress.getLoopbackAddress()));
        ImageGenerator guarded = FakeImageProvider.generators(rebound, Clock.systemUTC());

        ProviderCallFailure failure = catchThrowableOfType(ProviderCallFailure.class,
                () -> guarded.generate(openAi("gpt-image-1", 1024, 1024)));

        assertThat(failure.kind()).isEqualTo(Kind.BLOCKED_ADDRESS);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aProviderWithoutAnImageApiIsRefusedWithoutSendingAnything() {
        ImageGenerationCall ollama = new ImageGenerationCall(new ProviderType("ollama"), a1111Url(), null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), "llama3", "A fox", 1024, 1024, null, null, null);

        assertThat(failureOf(ollama).kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTokenEchoedBackByTheProviderIsRedacted() {
        server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": {\"code\": \"bad key " + TOKEN + "\"}}")));

        ProviderCallFailure failure = failureOf(openAi("gpt-image-1", 1024, 1024));

        assertThat(failure.providerCode()).doesNotContain(TOKEN).contains("***");
    }
}
