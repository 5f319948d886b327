package io.blogflow.images.domain;

import java.util.List;
import java.util.Objects;

/**
 * A rendition of a media item as named in its public URL: {@code original} (the stored bytes, as uploaded minus
 * metadata) or {@code w<width>} for one of the configured responsive widths. Any other name names nothing (404):
 * arbitrary widths would let anyone make the server render and store unbounded renditions.
 */
public record VariantName(String value, int width) {

    public static final String ORIGINAL = "original";

    public VariantName {
        Objects.requireNonNull(value, "value");
    }

    public static VariantName original() {
        return new VariantName(ORIGINAL, 0);
    }

    public static VariantName ofWidth(int width) {
        return new VariantName("w" + width, width);
    }

    /** @throws MediaErrors.UnknownVariant for a name that is neither original nor a configured width */
    public static VariantName parse(String raw, List<Integer> allowedWidths) {
        if (ORIGINAL.equals(raw)) {
            return original();
        }
        if (raw != null && raw.matches("w[1-9]\\d{0,4}")) {
            int width = Integer.parseInt(raw.substring(1));
            if (allowedWidths.contains(width)) {
                return ofWidth(width);
            }
        }
        throw new MediaErrors.UnknownVariant(raw);
    }

    public boolean isOriginal() {
        return width == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
