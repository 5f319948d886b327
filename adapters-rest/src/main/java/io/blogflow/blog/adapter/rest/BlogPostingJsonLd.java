package io.blogflow.blog.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.domain.Post;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schema.org {@code BlogPosting} as JSON-LD, for the structured data of a post's page. */
@Schema(name = "BlogPostingJsonLd")
@JsonPropertyOrder({"@context", "@type", "headline", "description", "url", "mainEntityOfPage", "image", "inLanguage",
        "datePublished", "dateModified", "wordCount", "keywords", "publisher"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record BlogPostingJsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                         String headline, String description, String url, WebPage mainEntityOfPage, String image,
                         String inLanguage, String datePublished, String dateModified, int wordCount,
                         List<String> keywords, Organization publisher) {

    static final String MEDIA_TYPE = "application/ld+json";

    static BlogPostingJsonLd of(Post post, List<String> tags, Site site) {
        String url = site.postUrl(post.slug()).toString();
        // Search engines show the description as the snippet: the written meta description, else the excerpt.
        String description = post.metaDescription().value().isBlank()
                ? post.excerpt().value() : post.metaDescription().value();
        // The featured image represents the post; the social image stands in when there is none.
        var details = post.details();
        String image = details.featuredImage() != null ? details.featuredImage().reference()
                : details.seo().ogImage() == null ? null : details.seo().ogImage().value();
        return new BlogPostingJsonLd("https://schema.org", "BlogPosting", post.title().value(), description, url,
                new WebPage("WebPage", url), image, details.language().tag(),
                post.publishedAt().map(Object::toString).orElse(null),
                post.updatedAt().toString(), post.body().wordCount(), List.copyOf(tags),
                new Organization("Organization", site.title()));
    }

    record WebPage(@JsonProperty("@type") String type, @JsonProperty("@id") String id) {
    }

    record Organization(@JsonProperty("@type") String type, String name) {
    }
}
