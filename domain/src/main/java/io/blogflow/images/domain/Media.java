package io.blogflow.images.domain;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An image of the media library. {@code storageKey} names the stored original (content addressed:
 * {@code <checksum>.<ext>}); {@code checksum} is the SHA-256 (hex) of those stored bytes, i.e. after metadata was
 * stripped, and is what duplicates are recognised by: two uploads that differ only in EXIF/GPS are the same image.
 * {@code watermarked}: whether its width variants carry the site watermark (when the watermark is enabled); the
 * original is never watermarked. Generated images carry the prompt and the generator's metadata.
 */
public record Media(MediaId id, String storageKey, MediaType type, long sizeBytes, int width, int height,
                    String altText, String caption, URI cdnUrl, String checksum, UserId createdBy, Instant createdAt,
                    String generationPrompt, Map<String, Object> generationMetadata, boolean watermarked,
                    long version) {

    public static final int MAX_ALT_TEXT = 300;
    public static final int MAX_CAPTION = 1000;
    public static final int MAX_CDN_URL = 2000;

    public Media {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(type, "type");
        if (sizeBytes < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("size, width and height are positive");
        }
        if (checksum == null || !checksum.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("checksum is a SHA-256 in lower-case hex");
        }
        altText = validAltText(altText);
        caption = validCaption(caption);
        validCdnUrl(cdnUrl);
        Objects.requireNonNull(createdAt, "createdAt");
        generationMetadata = generationMetadata == null ? Map.of() : Map.copyOf(generationMetadata);
    }

    public boolean generated() {
        return generationPrompt != null;
    }

    /** Editors' changes: the descriptive fields and the watermark opt-out; the bytes never change. */
    public Media describedAs(String altText, String caption, URI cdnUrl, boolean watermarked) {
        return new Media(id, storageKey, type, sizeBytes, width, height, altText, caption, cdnUrl, checksum, createdBy,
                createdAt, generationPrompt, generationMetadata, watermarked, version);
    }

    /** Blank is none; at most 300 characters (screen readers read all of it). */
    public static String validAltText(String altText) {
        return optionalText(altText, MAX_ALT_TEXT, "alt-text");
    }

    public static String validCaption(String caption) {
        return optionalText(caption, MAX_CAPTION, "caption");
    }

    /** Absent, or an absolute https URL (a CDN copy of the original; never http, never relative). */
    public static URI validCdnUrl(URI url) {
        if (url != null && (!url.isAbsolute() || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null
                || url.toString().length() > MAX_CDN_URL || url.getUserInfo() != null)) {
            throw invalidCdnUrl();
        }
        return url;
    }

    /** Parses what a client sent; blank is none. */
    public static URI parseCdnUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return validCdnUrl(new URI(raw.strip()));
        } catch (java.net.URISyntaxException e) {
            throw invalidCdnUrl();
        }
    }

    private static InvalidValueException invalidCdnUrl() {
        return new InvalidValueException("cdn-url.invalid", "cdnUrl must be an absolute https URL of at most "
                + MAX_CDN_URL + " characters, without credentials.");
    }

    private static String optionalText(String text, int max, String code) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(code + ".too-long", code.replace("-t", "T") + " must have at most " + max
                    + " characters.");
        }
        return stripped;
    }
}
