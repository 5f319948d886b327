package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.CountryCode;
import io.blogflow.blog.domain.FeaturedImage;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.SeoMetadata;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.blog.domain.TwitterCard;
import io.blogflow.blog.domain.WebAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * {@link PostDetails} as plain values: the columns of {@code posts} and the {@code metadata} JSON of a revision
 * hold the same shape, converted in one place.
 */
public record StoredDetails(String metaTitle, String focusKeyword, String canonicalUrl, String ogTitle,
                            String ogDescription, String ogImage, String twitterTitle, String twitterDescription,
                            String twitterCardType, String featuredImage, String featuredImageAlt,
                            String featuredImageCaption, UUID categoryId, UUID topicClusterId, boolean pillar,
                            String contentLanguage, String geoTargetCountry, boolean showTableOfContents,
                            Instant lastReviewedAt, boolean aiGenerated, boolean excerptGiven, UUID featuredMediaId,
                            UUID ogMediaId) {

    static StoredDetails of(PostDetails details, boolean excerptGiven) {
        SeoMetadata seo = details.seo();
        FeaturedImage image = details.featuredImage();
        return new StoredDetails(seo.metaTitle(), seo.focusKeyword(), text(seo.canonicalUrl()), seo.ogTitle(),
                seo.ogDescription(), text(seo.ogImage()), seo.twitterTitle(), seo.twitterDescription(),
                seo.twitterCardType() == null ? null : seo.twitterCardType().name(),
                image == null ? null : image.reference(), image == null ? null : image.alt(),
                image == null ? null : image.caption(),
                details.category() == null ? null : details.category().value(),
                details.cluster() == null ? null : details.cluster().value(), details.pillar(),
                details.language().tag(), details.geoTargetCountry() == null ? null : details.geoTargetCountry().code(),
                details.showTableOfContents(), details.lastReviewedAt(), details.aiGenerated(), excerptGiven,
                MediaRef.idOf(details.featuredMedia()), MediaRef.idOf(details.ogMedia()));
    }

    PostDetails toDomain() {
        var seo = new SeoMetadata(metaTitle, focusKeyword, WebAddress.optional(canonicalUrl), ogTitle, ogDescription,
                WebAddress.optional(ogImage), twitterTitle, twitterDescription,
                twitterCardType == null ? null : TwitterCard.valueOf(twitterCardType));
        return new PostDetails(seo,
                featuredImage == null ? null : new FeaturedImage(featuredImage, featuredImageAlt, featuredImageCaption),
                categoryId == null ? null : new CategoryId(categoryId),
                topicClusterId == null ? null : new TopicClusterId(topicClusterId), pillar,
                ContentLanguage.orEnglish(contentLanguage), CountryCode.optional(geoTargetCountry),
                showTableOfContents, lastReviewedAt, aiGenerated, MediaRef.optional(featuredMediaId),
                MediaRef.optional(ogMediaId));
    }

    private static String text(WebAddress address) {
        return address == null ? null : address.value();
    }
}
