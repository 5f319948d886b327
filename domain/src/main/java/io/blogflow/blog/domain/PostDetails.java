package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * The editorial metadata of a post beside its text: search and social presentation, featured image, where it is
 * filed (category, topic cluster and whether it is the cluster's pillar), language and target country, whether the
 * table of contents is shown, when it was last reviewed, whether AI wrote (part of) it, and the media library items
 * used as featured and social-sharing (Open Graph) images. Optional parts are {@code null}.
 */
public record PostDetails(SeoMetadata seo, FeaturedImage featuredImage, CategoryId category, TopicClusterId cluster,
                          boolean pillar, ContentLanguage language, CountryCode geoTargetCountry,
                          boolean showTableOfContents, Instant lastReviewedAt, boolean aiGenerated,
                          MediaRef featuredMedia, MediaRef ogMedia) {

    public static final PostDetails DEFAULT = new PostDetails(SeoMetadata.NONE, null, null, null, false,
            ContentLanguage.ENGLISH, null, true, null, false, null, null);

    public PostDetails {
        Objects.requireNonNull(seo, "seo");
        Objects.requireNonNull(language, "language");
        if (pillar && cluster == null) {
            throw new InvalidValueException("pillar.needs-cluster", "Only a post in a topic cluster can be its pillar.");
        }
    }

    /** The same details filed in another cluster (or none); a post leaving its cluster stops being its pillar. */
    public PostDetails inCluster(TopicClusterId newCluster) {
        boolean stillPillar = pillar && Objects.equals(cluster, newCluster);
        return new PostDetails(seo, featuredImage, category, newCluster, stillPillar, language, geoTargetCountry,
                showTableOfContents, lastReviewedAt, aiGenerated, featuredMedia, ogMedia);
    }

    public PostDetails inCategory(CategoryId newCategory) {
        return new PostDetails(seo, featuredImage, newCategory, cluster, pillar, language, geoTargetCountry,
                showTableOfContents, lastReviewedAt, aiGenerated, featuredMedia, ogMedia);
    }

    /** The same details with other media library images (either may be null). */
    public PostDetails withMedia(MediaRef newFeaturedMedia, MediaRef newOgMedia) {
        return new PostDetails(seo, featuredImage, category, cluster, pillar, language, geoTargetCountry,
                showTableOfContents, lastReviewedAt, aiGenerated, newFeaturedMedia, newOgMedia);
    }

    /** The same details disclosing AI-generated text (what LLM actions writing the post set). */
    public PostDetails asAiGenerated() {
        return new PostDetails(seo, featuredImage, category, cluster, pillar, language, geoTargetCountry,
                showTableOfContents, lastReviewedAt, true, featuredMedia, ogMedia);
    }
}
