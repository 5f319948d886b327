package io.blogflow.blog.adapter.markdown;

import com.ibm.icu.text.Transliterator;
import io.blogflow.blog.domain.Transliteration;

/**
 * Slugs for every script: ICU4J's {@code Any-Latin; Latin-ASCII} transliterator (Han as pinyin, kana as romaji,
 * Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul … in Latin letters). The domain finds it through
 * {@code ServiceLoader}. A transliterator is not safe for concurrent use, and slugs are derived rarely (on writes):
 * one shared instance, used under a lock.
 */
public final class IcuTransliteration implements Transliteration {

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Override
    public String toLatin(String text) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(text);
        }
    }
}
