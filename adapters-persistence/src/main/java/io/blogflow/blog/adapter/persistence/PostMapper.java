package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.ReviewApproval;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.UserId;

final class PostMapper {

    private PostMapper() {
    }

    static Post toDomain(PostJpaEntity row) {
        return toDomain(row, new MarkdownContent(row.contentMarkdown));
    }

    /** A post to answer readers with: the rendered body without its Markdown source (left empty). */
    static Post toDomain(PublishedPostRow row) {
        return toDomain(row, MarkdownContent.EMPTY);
    }

    private static Post toDomain(PostColumns row, MarkdownContent content) {
        var fields = new PostFields(new Title(row.title), new Slug(row.slug), content,
                new RenderedBody(row.contentHtml, row.wordCount, row.readingTimeMinutes, row.tableOfContents.stream()
                        .map(entry -> new Heading(entry.level(), entry.text(), entry.anchor())).toList()),
                new Excerpt(row.excerpt), row.excerptGiven, new MetaDescription(row.metaDescription),
                details(row).toDomain());
        return Post.rehydrate(new PostId(row.id), row.authorId == null ? null : new UserId(row.authorId), fields,
                row.status, row.scheduledAt, row.publishedAt, row.deletedAt, row.contentVersion,
                row.lastUpdatedReason, row.version, row.createdAt, row.updatedAt, row.reviewApprovedBy == null ? null
                        : new ReviewApproval(new UserId(row.reviewApprovedBy), row.reviewApprovedAt));
    }

    static PostJpaEntity toNewRow(Post post) {
        var row = new PostJpaEntity();
        row.id = post.id().value();
        row.authorId = post.authorId().map(UserId::value).orElse(null);
        row.status = post.status();
        row.createdAt = post.createdAt();
        copyEditableFields(post, row);
        return row;
    }

    /** Copies what revisions and lifecycle moves change; identity, creation time and version stay with the row. */
    static void copyEditableFields(Post post, PostJpaEntity row) {
        row.title = post.title().value();
        row.slug = post.slug().value();
        row.contentMarkdown = post.content().value();
        row.contentHtml = post.body().html();
        row.wordCount = post.body().wordCount();
        row.readingTimeMinutes = post.body().readingTimeMinutes();
        row.tableOfContents = post.body().tableOfContents().stream()
                .map(h -> new PostJpaEntity.TocEntry(h.level(), h.text(), h.anchor())).toList();
        row.excerpt = post.excerpt().value();
        row.metaDescription = post.metaDescription().value();
        row.status = post.status();
        row.scheduledAt = post.scheduledAt().orElse(null);
        row.publishedAt = post.publishedAt().orElse(null);
        row.deletedAt = post.deletedAt().orElse(null);
        row.updatedAt = post.updatedAt();
        row.contentVersion = post.contentVersion();
        row.lastUpdatedReason = post.lastUpdatedReason().orElse(null);
        row.reviewApprovedAt = post.approval().map(ReviewApproval::approvedAt).orElse(null);
        row.reviewApprovedBy = post.approval().map(approval -> approval.approvedBy().value()).orElse(null);
        copyDetails(StoredDetails.of(post.details(), post.fields().excerptGiven()), row);
    }

    private static StoredDetails details(PostColumns row) {
        return new StoredDetails(row.metaTitle, row.focusKeyword, row.canonicalUrl, row.ogTitle, row.ogDescription,
                row.ogImage, row.twitterTitle, row.twitterDescription, row.twitterCardType, row.featuredImage,
                row.featuredImageAlt, row.featuredImageCaption, row.categoryId, row.topicClusterId, row.pillar,
                row.contentLanguage, row.geoTargetCountry, row.showTableOfContents, row.lastReviewedAt,
                row.aiGenerated, row.excerptGiven, row.featuredMediaId, row.ogMediaId);
    }

    private static void copyDetails(StoredDetails details, PostJpaEntity row) {
        row.metaTitle = details.metaTitle();
        row.focusKeyword = details.focusKeyword();
        row.canonicalUrl = details.canonicalUrl();
        row.ogTitle = details.ogTitle();
        row.ogDescription = details.ogDescription();
        row.ogImage = details.ogImage();
        row.twitterTitle = details.twitterTitle();
        row.twitterDescription = details.twitterDescription();
        row.twitterCardType = details.twitterCardType();
        row.featuredImage = details.featuredImage();
        row.featuredImageAlt = details.featuredImageAlt();
        row.featuredImageCaption = details.featuredImageCaption();
        row.categoryId = details.categoryId();
        row.topicClusterId = details.topicClusterId();
        row.pillar = details.pillar();
        row.contentLanguage = details.contentLanguage();
        row.geoTargetCountry = details.geoTargetCountry();
        row.showTableOfContents = details.showTableOfContents();
        row.lastReviewedAt = details.lastReviewedAt();
        row.aiGenerated = details.aiGenerated();
        row.featuredMediaId = details.featuredMediaId();
        row.ogMediaId = details.ogMediaId();
        row.excerptGiven = details.excerptGiven();
    }
}
