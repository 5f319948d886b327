package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The internal links each post's Markdown contains, kept up to date on every content save, so finding the posts
 * that link somewhere (healing) and the links that lead nowhere (the report) are indexed lookups.
 */
public interface PostLinkRepository {

    /** Replaces what is recorded for {@code post} with {@code links}. */
    void replace(PostId post, Set<PostLink> links);

    /** Posts whose Markdown links to {@code target}, in any written form. */
    List<PostId> postsLinkingTo(SitePath target);

    /**
     * Links in posts not in the trash whose target is the permalink of no post outside the trash, no old slug of
     * one and no manual redirect's source; only post-shaped targets ({@code /<slug>}) are judged.
     */
    Page<BrokenLink> broken(PageRequest pageRequest);

    /** One internal link: the destination as written, and the site path it leads to. */
    record PostLink(String destination, SitePath target) {

        /** The post it names when it has the shape of a permalink. */
        public Optional<Slug> targetSlug() {
            return target.asSlug();
        }
    }

    record BrokenLink(PostId postId, String title, Slug slug, String destination, SitePath target) {
    }
}
