package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Post;

/**
 * Told, inside the publishing transaction, whenever a post becomes published (by a person or by the schedule), so
 * other contexts can react (the newsletter) without the blog knowing them. Listeners queue slow work as jobs in the
 * same transaction: nothing happens for a publication that rolls back.
 */
public interface PostPublications {

    void published(Post post);

    PostPublications NONE = post -> { };
}
