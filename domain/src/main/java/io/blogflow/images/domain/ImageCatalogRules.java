package io.blogflow.images.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The field rules the image catalogue (styles, formats, settings, prompt examples) shares. */
public final class ImageCatalogRules {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_PROMPT = 4000;
    /** The largest side any provider we speak generates (A1111 allows 2048; OpenAI at most 1792). */
    public static final int MAX_SIDE = 4096;
    public static final int MAX_STEPS = 150;
    public static final double MAX_GUIDANCE = 30;

    private ImageCatalogRules() {
    }

    /** Required text: stripped, 1 to {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidValueException(field + ".invalid", field + " is required: 1 to " + max + " characters.");
        }
        return value.strip();
    }

    /** Optional text: stripped, blank is unset. */
    public static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }

    public static int side(String field, Integer pixels) {
        if (pixels == null || pixels < 64 || pixels > MAX_SIDE || pixels % 8 != 0) {
            throw new InvalidValueException(field + ".invalid", field + " must be 64 to " + MAX_SIDE
                    + " pixels, a multiple of 8 (diffusion models work in 8-pixel blocks).");
        }
        return pixels;
    }

    public static Integer steps(Integer steps) {
        if (steps != null && (steps < 1 || steps > MAX_STEPS)) {
            throw new InvalidValueException("steps.invalid", "steps must be 1 to " + MAX_STEPS + ".");
        }
        return steps;
    }

    public static Double guidanceScale(Double scale) {
        if (scale != null && (scale.isNaN() || scale < 0 || scale > MAX_GUIDANCE)) {
            throw new InvalidValueException("guidance-scale.invalid", "guidanceScale must be 0 to " + MAX_GUIDANCE + ".");
        }
        return scale;
    }
}
