package io.blogflow.blog.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * The fields of a post as a client sent them, before validation. {@code null} means absent: optional texts are
 * unset, {@code slug} is derived (create) or kept (update), {@code excerpt} is derived from the body,
 * {@code contentLanguage} is English, {@code showTableOfContents} is true and the flags are false.
 */
public record PostFieldValues(String title, String slug, String contentMarkdown, String excerpt,
                              String metaDescription, String metaTitle, String focusKeyword, String canonicalUrl,
                              String ogTitle, String ogDescription, String ogImage, String twitterTitle,
                              String twitterDescription, String twitterCardType, String featuredImage,
                              String featuredImageAlt, String featuredImageCaption, UUID categoryId,
                              UUID topicClusterId, Boolean pillar, String contentLanguage, String geoTargetCountry,
                              Boolean showTableOfContents, Instant lastReviewedAt, Boolean aiGenerated) {

    /** Only the basics: what a quick draft (or a test) sends. */
    public static PostFieldValues basic(String title, String slug, String contentMarkdown, String metaDescription,
                                        String excerpt) {
        return new PostFieldValues(title, slug, contentMarkdown, excerpt, metaDescription, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
