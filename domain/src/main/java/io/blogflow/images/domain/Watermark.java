package io.blogflow.images.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Objects;

/**
 * The site's watermark settings (one admin-edited row): a text or an image from the media library, where it sits,
 * how opaque (0 to 1] and how wide relative to the image (0 to 1]. Disabled settings may be incomplete, so an admin
 * can switch the watermark off without losing them. {@code version} guards concurrent edits and names the settings
 * in variant keys, so a change renders new variants instead of serving stale ones.
 */
public record Watermark(boolean enabled, String text, MediaId imageId, WatermarkPosition position, double opacity,
                        double scale, long version) {

    public static final int MAX_TEXT = 100;

    public Watermark {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidValueException("text.too-long", "text must have at most " + MAX_TEXT + " characters.");
        }
        if (enabled && (text == null) == (imageId == null)) {
            throw new InvalidValueException("watermark.text-or-image",
                    "An enabled watermark has either a text or an imageId, not both and not neither.");
        }
        position = Objects.requireNonNullElse(position, WatermarkPosition.BOTTOM_RIGHT);
        if (!(opacity > 0 && opacity <= 1)) {
            throw new InvalidValueException("opacity.out-of-range", "opacity must be above 0 and at most 1.");
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new InvalidValueException("scale.out-of-range", "scale must be above 0 and at most 1.");
        }
    }

    /** What a fresh installation has: off, a discreet bottom-right mark once an admin sets a text or an image. */
    public static Watermark none() {
        return new Watermark(false, null, null, WatermarkPosition.BOTTOM_RIGHT, 0.5, 0.2, 0);
    }

    public boolean uses(MediaId media) {
        return media.equals(imageId);
    }
}
