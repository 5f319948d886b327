package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.ReviewApproval;
import io.blogflow.blog.domain.ReviewPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post as editors see it: every writable field as in {@link PostRequest}, plus what the server computes. */
@Schema(name = "Post")
public record PostResponse(
        @Schema(required = true) UUID id,
        @Schema(description = "The author's user id (absent for posts stored before authorship was recorded).")
        UUID authorId,
        String title,
        String slug,
        String contentMarkdown,
        @Schema(description = "The Markdown rendered and sanitised: safe to embed.") String contentHtml,
        String excerpt,
        @Schema(required = true,
                description = "Whether the excerpt was written (true) or derived from the body (false).")
        boolean excerptGiven,
        @Schema(required = true) int wordCount,
        @Schema(required = true) int readingTimeMinutes,
        List<Heading> tableOfContents,
        @Schema(required = true) boolean showTableOfContents,
        String metaDescription,
        String metaTitle,
        String focusKeyword,
        String canonicalUrl,
        String ogTitle,
        String ogDescription,
        String ogImage,
        String twitterTitle,
        String twitterDescription,
        @Schema(enumeration = {"summary", "summary_large_image", "app", "player"}) String twitterCardType,
        String featuredImage,
        String featuredImageAlt,
        String featuredImageCaption,
        UUID categoryId,
        UUID topicClusterId,
        @Schema(required = true) boolean pillar,
        String contentLanguage,
        String geoTargetCountry,
        Instant lastReviewedAt,
        @Schema(required = true) boolean aiGenerated,
        UUID featuredMediaId,
        @Schema(description = "The featured image's links (null when featuredMediaId is unset).")
        PostRepresentations.PostImage featuredMedia,
        UUID ogMediaId,
        @Schema(description = "The social-sharing image's links (null when ogMediaId is unset).")
        PostRepresentations.PostImage ogMedia,
        @Schema(description = "The review gate for AI-generated text.") Review review,
        @Schema(required = true, description = "Counts changes of the Markdown (metadata edits leave it); starts at 1.")
        int contentVersion,
        @Schema(description = "The reason given with the latest update.") String lastUpdatedReason,
        @Schema(description = "Readers' views (from analytics' rollups), likes, approved comments and shares, each "
                    + "counted apart from the post; read-only.") PostCounters counters,
        @Schema(description = "Soft SEO limits the post exceeds (never blocking), e.g. a meta title over 70 "
                + "characters.") List<String> seoAdvice,
        @Schema(enumeration = {"draft", "pending_review", "scheduled", "published", "archived"}) String status,
        @Schema(description = "When a scheduled post will be published.") Instant scheduledAt,
        @Schema(description = "First publication; kept when a post is unpublished and published again.")
        Instant publishedAt,
        @Schema(required = true,
                description = "Optimistic-locking version; also the ETag. Send it in If-Match to change the post.")
        long version,
        @Schema(required = true) Instant createdAt,
        Instant updatedAt) {

    /** The review gate as it stands for this post; who approved is shown here only, never in the public API. */
    @Schema(name = "PostReview")
    public record Review(
            @Schema(required = true,
                    description = "True when an author's publish or schedule would send the post to pending_review "
                    + "instead: it is AI-generated, the gate (BLOGFLOW_REVIEW_AI_GENERATED_REQUIRES_APPROVAL) is on, "
                    + "and no editor approved its current text.") boolean required,
            @Schema(description = "When an editor approved the current text (absent: no approval, or the text "
                    + "changed since).") Instant approvedAt,
            @Schema(description = "User id of the approving editor.") UUID approvedBy) {

        static Review of(Post post, ReviewPolicy policy) {
            return new Review(post.needsApproval(policy), post.approval().map(ReviewApproval::approvedAt).orElse(null),
                    post.approval().map(approval -> approval.approvedBy().value()).orElse(null));
        }
    }

    static PostResponse from(Post post, PostCounters counters, ReviewPolicy policy,
                             PostRepresentations.ImageResolver images) {
        PostRequest fields = PostRequest.of(post);
        return new PostResponse(post.id().value(), post.authorId().map(author -> author.value()).orElse(null),
                fields.title(), fields.slug(), fields.contentMarkdown(), post.body().html(), post.excerpt().value(),
                post.fields().excerptGiven(), post.body().wordCount(), post.body().readingTimeMinutes(),
                post.body().tableOfContents(), fields.showTableOfContents(),
                PostRepresentations.absentAsNull(fields.metaDescription()),
                fields.metaTitle(), fields.focusKeyword(), fields.canonicalUrl(), fields.ogTitle(),
                fields.ogDescription(), fields.ogImage(), fields.twitterTitle(), fields.twitterDescription(),
                fields.twitterCardType(), fields.featuredImage(), fields.featuredImageAlt(),
                fields.featuredImageCaption(), fields.categoryId(), fields.topicClusterId(), fields.pillar(),
                fields.contentLanguage(), fields.geoTargetCountry(), fields.lastReviewedAt(), fields.aiGenerated(),
                fields.featuredMediaId(), images.resolve(post.details().featuredMedia()), fields.ogMediaId(),
                images.resolve(post.details().ogMedia()),
                Review.of(post, policy),
                post.contentVersion(), post.lastUpdatedReason().orElse(null), counters,
                post.details().seo().advice(post.title(), post.metaDescription(), post.content().value()),
                post.status().name().toLowerCase(Locale.ROOT), post.scheduledAt().orElse(null),
                post.publishedAt().orElse(null), post.version(), post.createdAt(), post.updatedAt());
    }
}
