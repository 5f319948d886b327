package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.SeoMetadata;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a client may write (create, replace, or merge-patch). Server-owned fields (id, status, version,
 * timestamps, computed body, counters) are not accepted.
 */
@Schema(name = "PostRequest")
public record PostRequest(
        @Schema(required = true, maxLength = 200, description = "Headline; surrounding whitespace is removed.",
                examples = "Crème brûlée, explained") String title,
        @Schema(maxLength = 120, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                description = "URL segment. On create it is derived from the title when absent (made unique with "
                        + "-2, -3, …); on update, absent keeps the current slug. An explicit slug in use is 409.")
        String slug,
        @Schema(maxLength = 500000, description = "Body in Markdown (CommonMark with tables).") String contentMarkdown,
        @Schema(maxLength = 300, description = "Teaser; derived from the body when absent or null.") String excerpt,
        @Schema(maxLength = 500, description = "Search-result snippet (about 160 characters are shown); required "
                + "to publish.") String metaDescription,
        @Schema(maxLength = 300, description = "Title for search results when it should differ from the headline "
                + "(about 70 characters are shown).") String metaTitle,
        @Schema(maxLength = 100, description = "The search phrase the post targets.") String focusKeyword,
        @Schema(maxLength = 2000, description = "Absolute http(s) URL of the original when this post is a copy.")
        String canonicalUrl,
        @Schema(maxLength = 300) String ogTitle,
        @Schema(maxLength = 500) String ogDescription,
        @Schema(maxLength = 2000, description = "Absolute http(s) URL of the social-sharing image.") String ogImage,
        @Schema(maxLength = 300) String twitterTitle,
        @Schema(maxLength = 500) String twitterDescription,
        @Schema(enumeration = {"summary", "summary_large_image", "app", "player"}) String twitterCardType,
        @Schema(maxLength = 2000, description = "Reference (URL or media path) of the featured image.")
        String featuredImage,
        @Schema(maxLength = 300, description = "Alternative text; required with a featured image.")
        String featuredImageAlt,
        @Schema(maxLength = 500) String featuredImageCaption,
        @Schema(description = "Category the post is filed in (must exist).") UUID categoryId,
        @Schema(description = "Topic cluster the post belongs to (must exist).") UUID topicClusterId,
        @Schema(description = "Whether this post is the pillar of its topic cluster (one per cluster; 409 if taken).")
        Boolean pillar,
        @Schema(maxLength = 35, description = "BCP 47 language tag; default en.", examples = "en-GB")
        String contentLanguage,
        @Schema(minLength = 2, maxLength = 2, description = "ISO 3166-1 alpha-2 country the post targets.")
        String geoTargetCountry,
        @Schema(description = "Show the computed table of contents to readers; default true.")
        Boolean showTableOfContents,
        @Schema(description = "When an editor last checked the post is still accurate; not in the future.")
        Instant lastReviewedAt,
        @Schema(description = "Discloses that AI wrote (part of) the post; default false.") Boolean aiGenerated,
        @Schema(description = "Media library item shown as the featured image (must exist; 400 "
                + "featured-media-id.unknown otherwise). While referenced it can't be deleted.") UUID featuredMediaId,
        @Schema(description = "Media library item used as the social-sharing (Open Graph) image (must exist; 400 "
                + "og-media-id.unknown otherwise). While referenced it can't be deleted.") UUID ogMediaId,
        @Schema(maxLength = 500, description = "Why this change was made; kept with the revision and as "
                + "lastUpdatedReason (updates only).") String reason) {

    PostFieldValues values() {
        return new PostFieldValues(title, slug, contentMarkdown, excerpt, metaDescription, metaTitle, focusKeyword,
                canonicalUrl, ogTitle, ogDescription, ogImage, twitterTitle, twitterDescription, twitterCardType,
                featuredImage, featuredImageAlt, featuredImageCaption, categoryId, topicClusterId, pillar,
                contentLanguage, geoTargetCountry, showTableOfContents, lastReviewedAt, aiGenerated, featuredMediaId,
                ogMediaId);
    }

    /** The post as a request that would write it unchanged: the document a merge patch applies to. */
    static PostRequest of(Post post) {
        PostFieldValues v = PostFieldValues.of(post);
        return new PostRequest(v.title(), v.slug(), v.contentMarkdown(), v.excerpt(), v.metaDescription(),
                v.metaTitle(), v.focusKeyword(), v.canonicalUrl(), v.ogTitle(), v.ogDescription(), v.ogImage(),
                v.twitterTitle(), v.twitterDescription(), v.twitterCardType(), v.featuredImage(),
                v.featuredImageAlt(), v.featuredImageCaption(), v.categoryId(), v.topicClusterId(), v.pillar(),
                v.contentLanguage(), v.geoTargetCountry(), v.showTableOfContents(), v.lastReviewedAt(),
                v.aiGenerated(), v.featuredMediaId(), v.ogMediaId(), null);
    }
}
