package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.CountryCode;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.FeaturedImage;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.SeoMetadata;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Texts;
import io.blogflow.blog.domain.Title;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.blog.domain.TwitterCard;
import io.blogflow.blog.domain.WebAddress;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import java.time.Instant;

/**
 * The editable fields of a post after validation; {@code slug} is {@code null} when the client sent none, and
 * {@code excerpt} is {@code null} when it is to be derived from the body (by {@link PostRendering}).
 */
record PostInput(Title title, Slug slug, MarkdownContent content, MetaDescription metaDescription, Excerpt excerpt,
                 PostDetails details) {

    /** Validates all fields at once, naming them as the API does; {@code now} bounds lastReviewedAt. */
    static PostInput validate(PostFieldValues values, Instant now) {
        var v = new Validation();
        Title title = v.field("title", () -> new Title(values.title()));
        Slug slug = values.slug() == null ? null : v.field("slug", () -> new Slug(values.slug()));
        MarkdownContent content = v.field("contentMarkdown", () -> new MarkdownContent(values.contentMarkdown()));
        MetaDescription meta = v.field("metaDescription", () -> new MetaDescription(values.metaDescription()));
        Excerpt excerpt = values.excerpt() == null || values.excerpt().isBlank() ? null
                : v.field("excerpt", () -> new Excerpt(values.excerpt()));
        PostDetails details = details(values, now, v);
        v.throwIfInvalid();
        return new PostInput(title, slug, content, meta, excerpt, details);
    }

    private static PostDetails details(PostFieldValues values, Instant now, Validation v) {
        SeoMetadata seo = new SeoMetadata(
                v.field("metaTitle", () -> Texts.optional("metaTitle", values.metaTitle(), SeoMetadata.META_TITLE_MAX)),
                v.field("focusKeyword", () -> Texts.optional("focusKeyword", values.focusKeyword(), 100)),
                v.field("canonicalUrl", () -> WebAddress.optional(values.canonicalUrl())),
                v.field("ogTitle", () -> Texts.optional("ogTitle", values.ogTitle(), 300)),
                v.field("ogDescription", () -> Texts.optional("ogDescription", values.ogDescription(), 500)),
                v.field("ogImage", () -> WebAddress.optional(values.ogImage())),
                v.field("twitterTitle", () -> Texts.optional("twitterTitle", values.twitterTitle(), 300)),
                v.field("twitterDescription",
                        () -> Texts.optional("twitterDescription", values.twitterDescription(), 500)),
                v.field("twitterCardType", () -> TwitterCard.optional(values.twitterCardType())));
        FeaturedImage image = featuredImage(values, v);
        ContentLanguage language = v.field("contentLanguage", () -> ContentLanguage.orEnglish(values.contentLanguage()));
        CountryCode country = v.field("geoTargetCountry", () -> CountryCode.optional(values.geoTargetCountry()));
        Instant reviewed = v.field("lastReviewedAt", () -> notInTheFuture(values.lastReviewedAt(), now));
        TopicClusterId cluster = values.topicClusterId() == null ? null : new TopicClusterId(values.topicClusterId());
        boolean pillar = Boolean.TRUE.equals(values.pillar());
        return v.field("pillar", () -> new PostDetails(seo, image,
                values.categoryId() == null ? null : new CategoryId(values.categoryId()), cluster, pillar,
                language == null ? ContentLanguage.ENGLISH : language, country,
                !Boolean.FALSE.equals(values.showTableOfContents()), reviewed, Boolean.TRUE.equals(values.aiGenerated()),
                MediaRef.optional(values.featuredMediaId()), MediaRef.optional(values.ogMediaId())));
    }

    /** Alt text and caption only mean something with an image; without one they are dropped. */
    private static FeaturedImage featuredImage(PostFieldValues values, Validation v) {
        String reference = v.field("featuredImage", () -> Texts.optional("featuredImage", values.featuredImage(), 2000));
        String caption = v.field("featuredImageCaption",
                () -> Texts.optional("featuredImageCaption", values.featuredImageCaption(), 500));
        if (reference == null) {
            return null;
        }
        return v.field("featuredImageAlt", () -> new FeaturedImage(reference, values.featuredImageAlt(), caption));
    }

    private static Instant notInTheFuture(Instant at, Instant now) {
        if (at != null && at.isAfter(now)) {
            throw new InvalidValueException("last-reviewed-at.future", "lastReviewedAt cannot lie in the future.");
        }
        return at;
    }

    /** The fields to store once the slug is settled. */
    PostFields fields(PostRendering.Rendered rendered, Slug chosenSlug) {
        return new PostFields(title, chosenSlug, content, rendered.body(), rendered.excerpt(), excerpt != null,
                metaDescription, details);
    }
}
