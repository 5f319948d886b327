package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The teaser of a post: at most 300 characters, given by the author or derived from the body. */
public record Excerpt(String value) {

    public static final int MAX_LENGTH = 300;
    public static final Excerpt NONE = new Excerpt("");

    public Excerpt {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("excerpt.too-long", "excerpt must be at most " + MAX_LENGTH + " characters.");
        }
    }

    /** The body's opening, cut at a word boundary with an ellipsis when it is longer than the maximum. */
    public static Excerpt derivedFrom(String plainText) {
        String text = plainText.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_LENGTH) {
            return new Excerpt(text);
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return new Excerpt(text.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).stripTrailing() + "…");
    }
}
