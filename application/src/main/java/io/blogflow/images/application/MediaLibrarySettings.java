package io.blogflow.images.application;

import io.blogflow.images.domain.ImageLimits;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the media library: what uploads may be, and the responsive widths variants are rendered at
 * (ascending, distinct; the only widths {@code /media/{id}/w<width>} answers).
 */
public record MediaLibrarySettings(ImageLimits limits, List<Integer> variantWidths) {

    public static final int MAX_VARIANT_WIDTH = 10_000;

    public MediaLibrarySettings {
        Objects.requireNonNull(limits, "limits");
        variantWidths = variantWidths.stream().distinct().sorted().toList();
        if (variantWidths.isEmpty() || variantWidths.get(0) < 1
                || variantWidths.get(variantWidths.size() - 1) > MAX_VARIANT_WIDTH) {
            throw new IllegalArgumentException("variant widths must be 1 to " + MAX_VARIANT_WIDTH + " pixels");
        }
    }

    /** Parses {@code 320,640,1024,1600}. */
    public static List<Integer> parseWidths(String commaSeparated) {
        try {
            return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("variant widths are a comma list of pixel widths, e.g. 320,640,1024");
        }
    }
}
