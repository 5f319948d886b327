package io.blogflow.images.adapter.rest;

import java.util.Locale;

/** Reads what an Accept header says about WebP (browsers name it explicitly when they decode it). */
final class AcceptHeader {

    private AcceptHeader() {
    }

    /** image/webp listed with a quality above 0; wildcards don't count (old browsers send image/* too). */
    static boolean acceptsWebp(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            if (parts[0].strip().equals("image/webp") && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
