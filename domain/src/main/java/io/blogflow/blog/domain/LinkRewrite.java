package io.blogflow.blog.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Replaces link destinations in Markdown by their source spans, leaving every other character as it was. */
public final class LinkRewrite {

    private LinkRewrite() {
    }

    /** {@code replacements} maps links found in {@code markdown} to their new destination text. */
    public static MarkdownContent apply(MarkdownContent markdown, Map<MarkdownLink, String> replacements) {
        StringBuilder text = new StringBuilder(markdown.value());
        List<Map.Entry<MarkdownLink, String>> lastFirst = replacements.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<MarkdownLink, String> e) -> e.getKey().start()).reversed())
                .toList();
        // From the end backwards, so earlier spans keep their offsets.
        for (var replacement : lastFirst) {
            text.replace(replacement.getKey().start(), replacement.getKey().end(), replacement.getValue());
        }
        return new MarkdownContent(text.toString());
    }
}
