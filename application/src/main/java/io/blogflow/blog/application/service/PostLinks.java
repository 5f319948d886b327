package io.blogflow.blog.application.service;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.out.MarkdownLinks;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.application.port.out.PostLinkRepository.PostLink;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.LinkRewrite;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MarkdownLink;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Internal links between posts: records each saved post's internal links ({@link #index}), and when a post's
 * permalink moves, rewrites the links other posts have to its old one ({@link #healLinksTo}). Both run inside the
 * caller's transaction.
 */
public final class PostLinks {

    /** Longer destinations are not tracked: they fit no index entry and are no plausible permalink anyway. */
    private static final int MAX_TRACKED_BYTES = 2000;

    private final PostRepository posts;
    private final PostLinkRepository index;
    private final MarkdownLinks markdownLinks;
    private final PostRendering rendering;
    private final RevisionRecorder revisions;
    private final AuditTrail audit;
    private final InternalLinks internal;
    private final Clock clock;

    public PostLinks(PostRepository posts, PostLinkRepository index, MarkdownLinks markdownLinks,
                     MarkdownRenderer renderer, RevisionRecorder revisions, AuditTrail audit, Site site, Clock clock) {
        this.posts = posts;
        this.index = index;
        this.markdownLinks = markdownLinks;
        this.rendering = new PostRendering(renderer);
        this.revisions = revisions;
        this.audit = audit;
        this.internal = new InternalLinks(site);
        this.clock = clock;
    }

    /** Call after every save that may have changed the post's Markdown. */
    void index(Post saved) {
        Set<PostLink> links = new LinkedHashSet<>();
        for (MarkdownLink link : markdownLinks.links(saved.content())) {
            if (link.destination().getBytes(StandardCharsets.UTF_8).length <= MAX_TRACKED_BYTES) {
                internal.targetOf(link.destination()).ifPresent(target -> links.add(new PostLink(link.destination(), target)));
            }
        }
        index.replace(saved.id(), links);
    }

    /**
     * {@code moved}'s permalink was {@code /old}: every other post linking there now links to the new permalink,
     * saved as a new revision by {@code actor}.
     */
    void healLinksTo(Post moved, Slug old, UserId actor) {
        SitePath from = SitePath.ofPost(old);
        SitePath to = SitePath.ofPost(moved.slug());
        for (PostId id : index.postsLinkingTo(from)) {
            if (!id.equals(moved.id())) {
                posts.findById(id).ifPresent(post -> heal(post, from, to, actor));
            }
        }
    }

    private void heal(Post post, SitePath from, SitePath to, UserId actor) {
        Map<MarkdownLink, String> replacements = new HashMap<>();
        for (MarkdownLink link : markdownLinks.links(post.content())) {
            internal.retargeted(link.destination(), from, to).ifPresent(healed -> replacements.put(link, healed));
        }
        if (replacements.isEmpty()) {
            return;
        }
        MarkdownContent healed = LinkRewrite.apply(post.content(), replacements);
        PostFields fields = post.fields();
        PostRendering.Rendered rendered = rendering.render(healed, fields.excerptGiven() ? fields.excerpt() : null);
        String reason = "Link to " + from + " healed: now " + to;
        post.reviseLinks(new PostFields(fields.title(), fields.slug(), healed, rendered.body(), rendered.excerpt(),
                fields.excerptGiven(), fields.metaDescription(), fields.details()), reason, clock.instant());
        Post saved = posts.update(post);
        revisions.record(saved, actor, reason);
        index(saved);
        audit.record(actor, "post.links-healed", "post", saved.id(), Map.of("link", from.value()),
                Map.of("link", to.value(), "links", replacements.size(), "version", saved.version()));
    }
}
