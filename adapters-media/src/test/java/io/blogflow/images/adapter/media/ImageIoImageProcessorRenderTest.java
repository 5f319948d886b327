package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.domain.MediaType;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ImageIoImageProcessorRenderTest {

    private final ImageIoImageProcessor processor = new ImageIoImageProcessor();
    private final byte[] wide = TestImages.encode(TestImages.photo(1600, 900), "jpeg");

    @ParameterizedTest
    @CsvSource({"320, 180", "640, 360", "1024, 576"})
    void aVariantIsScaledToItsWidthKeepingTheAspect(int width, int height) {
        BufferedImage variant = TestImages.decode(processor.render(wide, MediaType.JPEG, width, MediaType.JPEG, null));

        assertThat(variant.getWidth()).isEqualTo(width);
        assertThat(variant.getHeight()).isEqualTo(height);
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        byte[] small = TestImages.encode(TestImages.photo(200, 100), "png");

        BufferedImage variant = TestImages.decode(processor.render(small, MediaType.PNG, 1024, MediaType.JPEG, null));

        assertThat(variant.getWidth()).isEqualTo(200);
        assertThat(variant.getHeight()).isEqualTo(100);
    }

    @Test
    void aWebpVariantIsRealWebpThatDecodesToItsSize() {
        byte[] webp = processor.render(wide, MediaType.JPEG, 640, MediaType.WEBP, null);

        assertThat(Arrays.copyOfRange(webp, 0, 4)).isEqualTo("RIFF".getBytes());
        assertThat(Arrays.copyOfRange(webp, 8, 12)).isEqualTo("WEBP".getBytes());
        BufferedImage decoded = TestImages.decode(webp); // TwelveMonkeys' WebP reader
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(360);
    }

    @ParameterizedTest
    @EnumSource(MediaType.class)
    void everySourceFormatRendersToEveryTarget(MediaType target) {
        for (MediaType source : MediaType.values()) {
            byte[] original = TestImages.encode(TestImages.photo(90, 60), ImageFormats.imageIoName(source));

            byte[] variant = processor.render(original, source, 45, target, null);

            assertThat(ImageFormats.sniff(variant)).as("%s to %s", source, target).contains(target);
            assertThat(TestImages.decode(variant).getHeight()).isEqualTo(30);
        }
    }
}
