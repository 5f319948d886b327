package io.blogflow.engagement.bootstrap;

import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.out.PostPublications;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.Tag;
import io.blogflow.engagement.application.port.in.NewsletterOnPublishUseCase;
import io.blogflow.engagement.domain.PostIssue;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The blog's publication signal, answered by the newsletter: the post as its issue tells it, with its topics (the
 * slugs of its tags and of its category), read through the blog's use cases in the publishing transaction.
 */
final class NewsletterOnPublish implements PostPublications {

    private final NewsletterOnPublishUseCase newsletter;
    private final SyndicationUseCase syndication;
    private final CategoriesUseCase categories;
    private final String siteUrl;

    NewsletterOnPublish(NewsletterOnPublishUseCase newsletter, SyndicationUseCase syndication,
                        CategoriesUseCase categories, String siteUrl) {
        this.newsletter = newsletter;
        this.syndication = syndication;
        this.categories = categories;
        this.siteUrl = siteUrl.replaceAll("/+$", "");
    }

    @Override
    public void published(Post post) {
        Set<String> topics = new HashSet<>();
        var posting = syndication.posting(post.slug().value());
        if (posting.tags() != null) {
            posting.tags().forEach(name -> topics.add(Tag.named(UUID.randomUUID(), name).slug().value()));
        }
        var category = post.details().category();
        if (category != null) {
            topics.add(categories.get(category).slug().value());
        }
        newsletter.postPublished(new PostIssue(post.id(), post.title().value(), post.excerpt().value(),
                siteUrl + "/" + post.slug().value(), topics));
    }
}
