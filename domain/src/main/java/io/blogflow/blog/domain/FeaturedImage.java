package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Objects;

/**
 * The image shown with a post: a reference (URL or media path), its alternative text (required: screen readers and
 * search engines depend on it) and an optional caption.
 */
public record FeaturedImage(String reference, String alt, String caption) {

    public FeaturedImage {
        reference = Objects.requireNonNull(Texts.optional("featuredImage", reference, 2000), "reference");
        alt = Texts.optional("featuredImageAlt", alt, 300);
        if (alt == null) {
            throw new InvalidValueException("featured-image-alt.required",
                    "featuredImageAlt is required with a featured image.");
        }
        caption = Texts.optional("featuredImageCaption", caption, 500);
    }
}
