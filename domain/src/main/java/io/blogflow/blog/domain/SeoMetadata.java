package io.blogflow.blog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a post presents itself to search engines and social networks. Every part is optional ({@code null}): readers'
 * surfaces fall back to the title, meta description, excerpt and featured image. Lengths have a hard limit here;
 * {@link #advice} names the softer limits search engines truncate at.
 */
public record SeoMetadata(String metaTitle, String focusKeyword, WebAddress canonicalUrl, String ogTitle,
                          String ogDescription, WebAddress ogImage, String twitterTitle, String twitterDescription,
                          TwitterCard twitterCardType) {

    public static final int META_TITLE_MAX = 300;
    public static final int META_TITLE_ADVISED = 70;
    public static final int META_DESCRIPTION_ADVISED = 160;
    public static final SeoMetadata NONE = new SeoMetadata(null, null, null, null, null, null, null, null, null);

    public SeoMetadata {
        metaTitle = Texts.optional("metaTitle", metaTitle, META_TITLE_MAX);
        focusKeyword = Texts.optional("focusKeyword", focusKeyword, 100);
        ogTitle = Texts.optional("ogTitle", ogTitle, 300);
        ogDescription = Texts.optional("ogDescription", ogDescription, 500);
        twitterTitle = Texts.optional("twitterTitle", twitterTitle, 300);
        twitterDescription = Texts.optional("twitterDescription", twitterDescription, 500);
    }

    /** Soft-limit and consistency hints an editor should see; they never block a save. */
    public List<String> advice(Title title, MetaDescription metaDescription, String contentText) {
        var hints = new ArrayList<String>();
        String shownTitle = metaTitle != null ? metaTitle : title.value();
        if (shownTitle.length() > META_TITLE_ADVISED) {
            hints.add("meta-title.long: search engines show about " + META_TITLE_ADVISED + " characters of the title.");
        }
        if (metaDescription.value().length() > META_DESCRIPTION_ADVISED) {
            hints.add("meta-description.long: search engines show about " + META_DESCRIPTION_ADVISED
                    + " characters of the description.");
        }
        if (focusKeyword != null && !containsIgnoringCase(shownTitle, focusKeyword)
                && !containsIgnoringCase(contentText, focusKeyword)) {
            hints.add("focus-keyword.unused: the focus keyword appears in neither the title nor the content.");
        }
        return hints;
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT));
    }
}
