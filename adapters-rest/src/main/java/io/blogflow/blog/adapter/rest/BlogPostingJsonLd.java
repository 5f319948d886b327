package io.blogflow.blog.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.domain.Post;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schema.org {@code BlogPosting} as JSON-LD, for the structured data of a post's page. */
@Schema(name = "BlogPostingJsonLd")
@JsonPropertyOrder({"@context", "@type", "headline", "description", "url", "mainEntityOfPage", "image", "inLanguage",
        "datePublished", "dateModified", "wordCount", "keywords", "author", "publisher"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record BlogPostingJsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                         String headline, String description, String url, WebPage mainEntityOfPage, String image,
                         String inLanguage, String datePublished, String dateModified, int wordCount,
                         List<String> keywords, Person author, Organization publisher) {

    static final String MEDIA_TYPE = "application/ld+json";

    static BlogPostingJsonLd of(Post post, List<String> tags, Byline author, Site site) {
        String url = site.postUrl(post.slug()).toString();
        // Search engines show the description as the snippet: the written meta description, else the excerpt.
        String description = post.metaDescription().value().isBlank()
                ? post.excerpt().value() : post.metaDescription().value();
        // The featured image represents the post; the social image stands in when there is none.
        var details = post.details();
        String image = details.featuredImage() != null ? details.featuredImage().reference()
                : details.seo().ogImage() == null ? null : details.seo().ogImage().value();
        URI base = URI.create(url);
        return new BlogPostingJsonLd("https://schema.org", "BlogPosting", post.title().value(), description, url,
                new WebPage("WebPage", url), image == null ? null : AbsoluteLinks.absolute(image, base),
                details.language().tag(),
                post.publishedAt().map(Object::toString).orElse(null),
                post.updatedAt().toString(), post.body().wordCount(), List.copyOf(tags),
                author == null ? null : new Person("Person", author.name(),
                        author.avatarUrl() == null ? null : AbsoluteLinks.absolute(author.avatarUrl(), base),
                        author.profileUrl()),
                new Organization("Organization", site.title(),
                        site.logo().map(logo -> new ImageObject("ImageObject", logo.toString())).orElse(null)));
    }

    record WebPage(@JsonProperty("@type") String type, @JsonProperty("@id") String id) {
    }

    /** The publisher, with its logo when the site has one (Google's article rich results ask for it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(@JsonProperty("@type") String type, String name, ImageObject logo) {
    }

    record ImageObject(@JsonProperty("@type") String type, String url) {
    }

    /** The author: name, avatar as {@code image} and profile page as {@code url}, when the profile has them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(@JsonProperty("@type") String type, String name, String image, String url) {
    }
}
