package io.blogflow.engagement.application.port.in;

import io.blogflow.engagement.domain.PostIssue;

/**
 * A post was published: its newsletter goes to the active subscribers of its topics, in the background. Called in
 * the publishing transaction; only a post's first publication sends anything.
 */
public interface NewsletterOnPublishUseCase {

    void postPublished(PostIssue issue);
}
