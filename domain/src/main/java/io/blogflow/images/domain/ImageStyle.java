package io.blogflow.images.domain;

import java.util.Objects;

/**
 * A visual style ("Watercolour illustration"): its description is what is appended to a prompt, so one prompt can be
 * rendered in the publication's house styles. Titles are unique ignoring case.
 */
public record ImageStyle(ImageStyleId id, String title, String description, long version) {

    public ImageStyle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The prompt in this style: {@code prompt + ", " + description} (a comma-joined tail is how both protocols read styles). */
    public String applyTo(String prompt) {
        return description == null ? prompt : prompt.strip() + ", " + description;
    }
}
