package io.blogflow.blog.domain;

import java.util.List;

/**
 * What is computed from a post's Markdown: sanitised HTML, word count, reading time and table of contents. Kept
 * with the post so public reads never render.
 */
public record RenderedBody(String html, int wordCount, int readingTimeMinutes, List<Heading> tableOfContents) {

    public static final RenderedBody EMPTY = new RenderedBody("", 0, 0, List.of());
    /** Average adult silent reading speed for non-fiction (Brysbaert 2019). */
    static final int WORDS_PER_MINUTE = 238;

    public RenderedBody {
        tableOfContents = List.copyOf(tableOfContents);
    }

    /** Word count and reading time from the body's plain text; reading time rounds up, at least 1 for any text. */
    public static RenderedBody of(String html, String plainText, List<Heading> headings) {
        String text = plainText.strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        int minutes = (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return new RenderedBody(html, words, minutes, headings);
    }
}
