package io.blogflow.images.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the media library. */
public final class MediaErrors {

    private MediaErrors() {
    }

    /** Not an image format the library accepts (415). */
    public static final class UnsupportedType extends DomainException {
        public UnsupportedType(String message) {
            super(Kind.UNSUPPORTED, "media.unsupported-type", message);
        }
    }

    /** More pixels than allowed: refused before decoding (a decompression bomb, or just too big). */
    public static final class TooManyPixels extends DomainException {
        public TooManyPixels(long pixels, long max) {
            super(Kind.INVALID, "media.too-many-pixels", "The image has " + pixels + " pixels; at most " + max
                    + " are accepted.");
        }
    }

    /** A recognised format whose bytes can't be read. */
    public static final class Unreadable extends DomainException {
        public Unreadable(String message) {
            super(Kind.INVALID, "media.unreadable", message);
        }
    }

    public static final class NotFound extends DomainException {
        public NotFound(String id) {
            super(Kind.NOT_FOUND, "media-not-found", "No media '" + id + "'.");
        }
    }

    /** An upload larger than the configured limit (413). */
    public static final class TooLarge extends DomainException {
        public TooLarge(long bytes, long max) {
            super(Kind.TOO_LARGE, "media.too-large", "The file has " + bytes + " bytes; at most " + max
                    + " are accepted.");
        }
    }

    /** A variant name that is neither {@code original} nor one of the configured widths (404). */
    public static final class UnknownVariant extends DomainException {
        public UnknownVariant(String name) {
            super(Kind.NOT_FOUND, "media-variant-not-found", "No variant '" + name + "'; there are original and the "
                    + "configured widths (w320, …).");
        }
    }
}
