package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.blog.domain.Slugs;
import io.blogflow.blog.domain.Title;

/**
 * Slug policy shared by creating and editing: a slug the client chose must be free (else 409), a derived one is
 * made free with a numeric suffix. The unique constraint in the database settles races between two writers.
 */
final class SlugAssignment {

    private final PostRepository posts;

    SlugAssignment(PostRepository posts) {
        this.posts = posts;
    }

    Slug derivedFrom(Title title) {
        Slug base = Slugs.fromTitle(title);
        return Slugs.firstFree(base, posts.slugsStartingWith(base));
    }

    Slug chosen(Slug wanted, PostId self) {
        if (posts.isSlugTakenByAnotherPost(wanted, self)) {
            throw new SlugTakenException(wanted);
        }
        return wanted;
    }
}
