package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.blog.domain.Slugs;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Slug policy shared by creating and editing: a slug the client chose must be free (else 409), a derived one is
 * made free with a numeric suffix. A slug is not free while another post uses it, or while it redirects to another
 * post. The unique constraint in the database settles races between two writers.
 */
final class SlugAssignment {

    private final PostRepository posts;
    private final SlugRedirectRepository redirects;
    private final PostLinks links;

    SlugAssignment(PostRepository posts, SlugRedirectRepository redirects, PostLinks links) {
        this.posts = posts;
        this.redirects = redirects;
        this.links = links;
    }

    Slug derivedFrom(Title title) {
        Slug base = Slugs.fromTitle(title);
        Set<String> taken = new HashSet<>(posts.slugsStartingWith(base));
        taken.addAll(redirects.slugsStartingWith(base));
        return Slugs.firstFree(base, taken);
    }

    Slug chosen(Slug wanted, PostId self) {
        boolean redirectsElsewhere = redirects.target(wanted).filter(target -> !target.equals(self)).isPresent();
        if (redirectsElsewhere || posts.isSlugTakenByAnotherPost(wanted, self)) {
            throw new SlugTakenException(wanted);
        }
        return wanted;
    }

    /**
     * After a post's slug changed from {@code old}: a post that was ever published keeps {@code old} leading to it
     * (links and search results stay valid); its new slug is live again, so no redirect may start there. Other
     * posts' links to the old permalink are rewritten to the new one, by {@code actor}.
     */
    void moved(Post post, Slug old, Instant now, UserId actor) {
        if (old.equals(post.slug())) {
            return;
        }
        redirects.remove(post.slug());
        if (post.publishedAt().isPresent()) {
            redirects.redirect(old, post.id(), now);
        }
        links.healLinksTo(post, old, actor);
    }
}
