package io.blogflow.blog.domain;

import java.util.ServiceLoader;

/**
 * Writes text of any script in Latin letters, so a slug can be made of it ({@code "漢字"} → {@code "han zi"},
 * {@code "Ελληνικά"} → {@code "ellenika"}). The domain has no dependencies: an adapter provides the implementation
 * through {@link ServiceLoader} ({@code META-INF/services/io.blogflow.blog.domain.Transliteration}); without one,
 * text is taken as it is and only Latin letters (accents folded) and digits make it into slugs.
 */
public interface Transliteration {

    /** No transliteration: the text as it is. */
    Transliteration NONE = text -> text;

    /** The text in Latin letters (accents may remain: slugs fold them). */
    String toLatin(String text);

    /** The implementation an adapter provides, else {@link #NONE}. */
    static Transliteration provided() {
        return ServiceLoader.load(Transliteration.class, Transliteration.class.getClassLoader()).findFirst()
                .orElse(NONE);
    }
}
