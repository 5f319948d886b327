package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.WatermarkPosition;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Renders PNG (lossless) from a uniform grey picture, so every changed pixel is the watermark's. */
class WatermarkTest {

    private static final Color GREY = new Color(90, 110, 130);
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;

    private final ImageIoImageProcessor processor = new ImageIoImageProcessor();
    private final byte[] picture = TestImages.encode(TestImages.uniform(WIDTH, HEIGHT, GREY), "png");
    private final byte[] logo = TestImages.encode(TestImages.uniform(60, 30, Color.RED), "png");

    @Test
    void aTextWatermarkMarksTheBottomRightCornerOnly() {
        BufferedImage marked = render(new WatermarkLayer("© blogflow", null, WatermarkPosition.BOTTOM_RIGHT, 1.0, 0.3));

        assertThat(change(marked, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT)).isPositive();
        assertThat(change(marked, 0, 0, WIDTH / 2, HEIGHT / 2)).isZero();
    }

    @Test
    void anImageWatermarkMarksTheTopLeftCornerOnly() {
        BufferedImage marked = render(new WatermarkLayer(null, logo, WatermarkPosition.TOP_LEFT, 1.0, 0.25));

        assertThat(change(marked, 0, 0, WIDTH / 2, HEIGHT / 2)).isPositive();
        assertThat(change(marked, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT)).isZero();
        int margin = HEIGHT * 3 / 100;
        assertThat(new Color(marked.getRGB(margin + 5, margin + 5))).isEqualTo(Color.RED);
    }

    @Test
    void aFainterWatermarkChangesThePictureLess() {
        long faint = change(render(new WatermarkLayer(null, logo, WatermarkPosition.CENTER, 0.3, 0.25)), 0, 0, WIDTH, HEIGHT);
        long solid = change(render(new WatermarkLayer(null, logo, WatermarkPosition.CENTER, 1.0, 0.25)), 0, 0, WIDTH, HEIGHT);

        assertThat(faint).isPositive().isLessThan(solid);
    }

    private BufferedImage render(WatermarkLayer layer) {
        return TestImages.decode(processor.render(picture, MediaType.PNG, WIDTH, MediaType.PNG, layer));
    }

    /** Sum over the region of how far each channel moved from the grey. */
    private static long change(BufferedImage image, int x0, int y0, int x1, int y1) {
        long total = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = new Color(image.getRGB(x, y));
                total += Math.abs(c.getRed() - GREY.getRed()) + Math.abs(c.getGreen() - GREY.getGreen())
                        + Math.abs(c.getBlue() - GREY.getBlue());
            }
        }
        return total;
    }
}
