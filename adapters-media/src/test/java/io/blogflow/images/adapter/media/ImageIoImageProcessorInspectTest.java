package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.blogflow.images.domain.ImageLimits;
import io.blogflow.images.domain.InspectedImage;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageIoImageProcessorInspectTest {

    private static final ImageLimits LIMITS = new ImageLimits(20_000_000, 40_000_000);

    private final ImageIoImageProcessor processor = new ImageIoImageProcessor();

    @ParameterizedTest
    @CsvSource({"jpeg, JPEG", "png, PNG", "gif, GIF", "webp, WEBP"})
    void eachAcceptedFormatIsRecognisedFromItsBytesWithItsDimensions(String format, MediaType expected) {
        byte[] bytes = TestImages.encode(TestImages.photo(30, 20), format);

        assertThat(processor.inspect(bytes, LIMITS)).isEqualTo(new InspectedImage(expected, 30, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"/>",
            "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>",
            "GIF8", "RIFF\0\0\0\0WAVEfmt "})
    void svgHtmlAndOtherTextAreUnsupported(String content) {
        assertThatThrownBy(() -> processor.inspect(content.getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOf(MediaErrors.UnsupportedType.class);
    }

    @Test
    void emptyBytesAreUnsupported() {
        assertThatThrownBy(() -> processor.inspect(new byte[0], LIMITS)).isInstanceOf(MediaErrors.UnsupportedType.class);
    }

    @Test
    void aPngSignatureFollowedByGarbageIsUnreadable() {
        byte[] png = TestImages.encode(TestImages.photo(4, 4), "png");
        byte[] broken = Arrays.copyOf(png, 40);
        Arrays.fill(broken, 8, 40, (byte) 0x5A);

        assertThatThrownBy(() -> processor.inspect(broken, LIMITS)).isInstanceOf(MediaErrors.Unreadable.class);
    }

    @Test
    void aTruncatedJpegIsUnreadable() {
        byte[] jpeg = TestImages.encode(TestImages.photo(40, 40), "jpeg");

        assertThatThrownBy(() -> processor.inspect(Arrays.copyOf(jpeg, 10), LIMITS))
                .isInstanceOf(MediaErrors.Unreadable.class);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = TestImages.withDeclaredSize(TestImages.encode(TestImages.uniform(1, 1, java.awt.Color.RED), "png"),
                50_000, 50_000);
        long heapBefore = usedHeap();

        // 2.5 gigapixels would need 10 GB as ARGB: only a header-only read returns at once.
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> processor.inspect(bomb, LIMITS))
                .isInstanceOf(MediaErrors.TooManyPixels.class)
                .hasMessageContaining("2500000000"));
        assertThat(usedHeap() - heapBefore).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void anImageJustWithinTheLimitIsAccepted() {
        byte[] png = TestImages.encode(TestImages.photo(100, 50), "png");

        assertThat(processor.inspect(png, new ImageLimits(1_000_000, 5_000)).pixels()).isEqualTo(5_000);
        assertThatThrownBy(() -> processor.inspect(png, new ImageLimits(1_000_000, 4_999)))
                .isInstanceOf(MediaErrors.TooManyPixels.class);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
