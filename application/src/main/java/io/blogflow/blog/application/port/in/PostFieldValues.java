package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.SeoMetadata;
import java.time.Instant;
import java.util.UUID;

/**
 * The fields of a post as a client sent them, before validation. {@code null} means absent: optional texts are
 * unset, {@code slug} is derived (create) or kept (update), {@code excerpt} is derived from the body,
 * {@code contentLanguage} is English, the media references are unset, {@code showTableOfContents} is true and the flags are false.
 */
public record PostFieldValues(String title, String slug, String contentMarkdown, String excerpt,
                              String metaDescription, String metaTitle, String focusKeyword, String canonicalUrl,
                              String ogTitle, String ogDescription, String ogImage, String twitterTitle,
                              String twitterDescription, String twitterCardType, String featuredImage,
                              String featuredImageAlt, String featuredImageCaption, UUID categoryId,
                              UUID topicClusterId, Boolean pillar, String contentLanguage, String geoTargetCountry,
                              Boolean showTableOfContents, Instant lastReviewedAt, Boolean aiGenerated,
                              UUID featuredMediaId, UUID ogMediaId) {

    /** Only the basics: what a quick draft (or a test) sends. */
    public static PostFieldValues basic(String title, String slug, String contentMarkdown, String metaDescription,
                                        String excerpt) {
        return new PostFieldValues(title, slug, contentMarkdown, excerpt, metaDescription, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** These values with new text (title, Markdown, excerpt, meta title and description), disclosed as AI-generated. */
    public PostFieldValues generated(String newTitle, String newContent, String newExcerpt, String newMetaTitle,
                                     String newMetaDescription) {
        return new PostFieldValues(newTitle, slug, newContent, newExcerpt, newMetaDescription, newMetaTitle,
                focusKeyword, canonicalUrl, ogTitle, ogDescription, ogImage, twitterTitle, twitterDescription,
                twitterCardType, featuredImage, featuredImageAlt, featuredImageCaption, categoryId, topicClusterId,
                pillar, contentLanguage, geoTargetCountry, showTableOfContents, lastReviewedAt, true, featuredMediaId,
                ogMediaId);
    }

    /** The post's current values: what an update that changes nothing would send. */
    public static PostFieldValues of(Post post) {
        PostDetails details = post.details();
        SeoMetadata seo = details.seo();
        var image = details.featuredImage();
        return new PostFieldValues(post.title().value(), post.slug().value(), post.content().value(),
                post.fields().excerptGiven() ? post.excerpt().value() : null, post.metaDescription().value(),
                seo.metaTitle(), seo.focusKeyword(), seo.canonicalUrl() == null ? null : seo.canonicalUrl().value(),
                seo.ogTitle(), seo.ogDescription(), seo.ogImage() == null ? null : seo.ogImage().value(),
                seo.twitterTitle(), seo.twitterDescription(),
                seo.twitterCardType() == null ? null : seo.twitterCardType().wireName(),
                image == null ? null : image.reference(), image == null ? null : image.alt(),
                image == null ? null : image.caption(),
                details.category() == null ? null : details.category().value(),
                details.cluster() == null ? null : details.cluster().value(), details.pillar(),
                details.language().tag(),
                details.geoTargetCountry() == null ? null : details.geoTargetCountry().code(),
                details.showTableOfContents(), details.lastReviewedAt(), details.aiGenerated(),
                MediaRef.idOf(details.featuredMedia()), MediaRef.idOf(details.ogMedia()));
    }
}
