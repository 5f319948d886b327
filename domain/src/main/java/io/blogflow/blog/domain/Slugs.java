package io.blogflow.blog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Slug rules: deriving a slug from a title, and choosing the first free variant of a slug. */
public final class Slugs {

    /** Used when a title has no letters or digits that can be written in Latin at all (e.g. only emoji). */
    static final String FALLBACK = "post";
    /** Other scripts in Latin letters: what an adapter provides (ICU4J), else nothing. */
    private static final Transliteration TRANSLITERATION = Transliteration.provided();

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** Letters that Unicode decomposition does not fold to ASCII. */
    private static final Map<String, String> LIGATURES = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("ł", "l"), Map.entry("þ", "th"),
            Map.entry("ı", "i"), Map.entry("&", " and "));

    private Slugs() {
    }

    /**
     * {@code "Crème Brûlée: a how-to!"} becomes {@code creme-brulee-a-how-to}; with a transliteration provided,
     * {@code "漢字"} becomes {@code han-zi} and {@code "Ελληνικά"} {@code ellenika}.
     */
    public static Slug fromTitle(Title title) {
        return fromTitle(title, TRANSLITERATION);
    }

    /** The slug of a title, other scripts written in Latin letters by {@code transliteration} first. */
    static Slug fromTitle(Title title, Transliteration transliteration) {
        String text = transliteration.toLatin(title.value()).toLowerCase(Locale.ROOT);
        for (var ligature : LIGATURES.entrySet()) {
            text = text.replace(ligature.getKey(), ligature.getValue());
        }
        text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = trimTrailingHyphens(NON_ALPHANUMERIC.matcher(text).replaceAll("-").replaceFirst("^-+", ""));
        if (text.length() > Slug.MAX_LENGTH) {
            int cut = text.lastIndexOf('-', Slug.MAX_LENGTH);
            text = trimTrailingHyphens(text.substring(0, cut > 0 ? cut : Slug.MAX_LENGTH));
        }
        return new Slug(text.isEmpty() ? FALLBACK : text);
    }

    /** The wanted slug if nobody has it, otherwise {@code wanted-2}, {@code wanted-3}, … whichever is free first. */
    public static Slug firstFree(Slug wanted, Set<String> taken) {
        Slug candidate = wanted;
        for (int n = 2; taken.contains(candidate.value()); n++) {
            candidate = wanted.withSuffix(n);
        }
        return candidate;
    }

    static String trimTrailingHyphens(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(0, end);
    }
}
