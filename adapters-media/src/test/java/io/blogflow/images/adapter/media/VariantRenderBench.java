package io.blogflow.images.adapter.media;

import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.WatermarkPosition;
import java.util.List;

/**
 * Not a test: variant generation throughput. A 2400×1600 JPEG is rendered to each width in JPEG and WebP, with and
 * without a text watermark, single-threaded; prints ms per render and renders per second for each combination.
 * Arguments: renders per combination (after as many warm-up renders).
 */
public final class VariantRenderBench {

    private static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

    public static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ImageIoImageProcessor processor = new ImageIoImageProcessor();
        byte[] original = TestImages.encode(TestImages.photo(2400, 1600), "jpeg");
        WatermarkLayer mark = new WatermarkLayer("© blogflow", null, WatermarkPosition.BOTTOM_RIGHT, 0.6, 0.2);
        System.out.printf("source: 2400x1600 JPEG, %d KB; %d renders per line after %d warm-up%n",
                original.length / 1024, renders, renders);
        System.out.printf("%-6s %6s %-10s %10s %10s %10s%n", "target", "width", "watermark", "ms/render", "renders/s", "KB");
        for (MediaType target : List.of(MediaType.JPEG, MediaType.WEBP)) {
            for (boolean watermarked : List.of(false, true)) {
                for (int width : WIDTHS) {
                    WatermarkLayer layer = watermarked ? mark : null;
                    byte[] output = null;
                    for (int i = 0; i < renders; i++) {
                        output = processor.render(original, MediaType.JPEG, width, target, layer);
                    }
                    long start = System.nanoTime();
                    for (int i = 0; i < renders; i++) {
                        output = processor.render(original, MediaType.JPEG, width, target, layer);
                    }
                    double ms = (System.nanoTime() - start) / 1e6 / renders;
                    System.out.printf("%-6s %6d %-10s %10.1f %10.1f %10d%n", target, width, watermarked ? "text" : "none",
                            ms, 1000 / ms, output.length / 1024);
                }
            }
        }
    }
}
