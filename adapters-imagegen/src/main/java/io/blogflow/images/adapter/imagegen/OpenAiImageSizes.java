package io.blogflow.images.adapter.imagegen;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * OpenAI's image models take only a few sizes; a format asks for any. The size sent is the allowed one nearest in
 * shape (aspect ratio, compared on a log scale so 2:1 and 1:2 are equally far from square), then in pixel count.
 * A model outside the known families (an OpenAI-compatible server's own) gets the format's size as it is.
 */
final class OpenAiImageSizes {

    private record Size(int width, int height) {
        double logAspect() {
            return Math.log((double) width / height);
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private static final List<Size> GPT_IMAGE = List.of(new Size(1024, 1024), new Size(1536, 1024),
            new Size(1024, 1536));
    private static final List<Size> DALL_E_3 = List.of(new Size(1024, 1024), new Size(1792, 1024),
            new Size(1024, 1792));
    private static final List<Size> DALL_E_2 = List.of(new Size(256, 256), new Size(512, 512),
            new Size(1024, 1024));

    private OpenAiImageSizes() {
    }

    static String sizeFor(String model, int width, int height) {
        List<Size> allowed = allowedFor(model);
        Size wanted = new Size(width, height);
        if (allowed.isEmpty()) {
            return wanted.toString();
        }
        return allowed.stream().min(Comparator
                        .comparingDouble((Size size) -> Math.abs(size.logAspect() - wanted.logAspect()))
                        .thenComparingDouble(size -> Math.abs(Math.log((double) size.width() * size.height()
                                / ((double) width * height)))))
                .orElseThrow().toString();
    }

    /** DALL-E models answer with a URL unless told otherwise; gpt-image models always send base64 and refuse the field. */
    static boolean needsResponseFormat(String model) {
        return !isGptImage(model);
    }

    /** gpt-image models report token usage and never rewrite the prompt. */
    static boolean isGptImage(String model) {
        return model.toLowerCase(Locale.ROOT).startsWith("gpt-image");
    }

    private static List<Size> allowedFor(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        if (isGptImage(name)) {
            return GPT_IMAGE;
        }
        if (name.startsWith("dall-e-3")) {
            return DALL_E_3;
        }
        if (name.startsWith("dall-e-2")) {
            return DALL_E_2;
        }
        return List.of();
    }
}
