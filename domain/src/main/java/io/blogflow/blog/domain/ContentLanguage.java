package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;

/** The language a post is written in, as a well-formed BCP 47 tag with an ISO 639 language ({@code en}, {@code en-GB}, {@code pt-BR}). */
public record ContentLanguage(String tag) {

    public static final ContentLanguage ENGLISH = new ContentLanguage("en");

    public ContentLanguage {
        Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
        if (tag == null || tag.strip().length() > 35 || locale.getLanguage().length() < 2 || locale.getLanguage().length() > 3
                || !locale.toLanguageTag().equalsIgnoreCase(tag.strip())) {
            throw new InvalidValueException("content-language.invalid",
                    "contentLanguage must be a BCP 47 language tag such as en, en-GB or pt-BR.");
        }
        tag = locale.toLanguageTag();
    }

    /** English when absent or blank. */
    public static ContentLanguage orEnglish(String tag) {
        return tag == null || tag.isBlank() ? ENGLISH : new ContentLanguage(tag);
    }

    /** The primary language subtag: {@code en} for {@code en-GB}. */
    public String primary() {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
