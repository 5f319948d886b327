package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.PostRevision.Provenance;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.Map;

/**
 * The one way a post's text is saved, whoever writes it: creating, editing (by a person or an AI action) and
 * restoring a revision all run render → slug → placement → revision → link index → audit here, so each rule lives
 * once. The use-case services only load the post, check access and version, and pick the entry point.
 * {@link #prepare} runs before the transaction (rendering is the slow part); the rest joins the caller's.
 */
public final class PostWritePipeline {

    private final PostRepository posts;
    private final PostRendering rendering;
    private final SlugAssignment slugs;
    private final PostPlacement placement;
    private final RevisionRecorder revisions;
    private final PostLinks links;
    private final AuditTrail audit;
    private final ReviewPolicy review;
    private final Clock clock;

    public PostWritePipeline(PostRepository posts, MarkdownRenderer renderer, SlugRedirectRepository redirects,
                             PostPlacement placement, RevisionRecorder revisions, PostLinks links, AuditTrail audit,
                             ReviewPolicy review, Clock clock) {
        this.posts = posts;
        this.rendering = new PostRendering(renderer);
        this.slugs = new SlugAssignment(posts, redirects, links);
        this.placement = placement;
        this.revisions = revisions;
        this.links = links;
        this.audit = audit;
        this.review = review;
        this.clock = clock;
    }

    /** What a client (or an AI action) sent, validated (all field errors at once) and rendered. */
    record Prepared(PostInput input, PostRendering.Rendered rendered) {

        PostFields fields(Slug slug) {
            return input.fields(rendered, slug);
        }
    }

    /** Validates and renders: call before the transaction. */
    Prepared prepare(PostFieldValues values) {
        PostInput input = PostInput.validate(values, clock.instant());
        return new Prepared(input, rendering.render(input.content(), input.excerpt()));
    }

    /** A new draft by {@code author}; without a slug, one is derived from the title and made free. */
    Post create(PostId id, UserId author, Prepared prepared) {
        PostInput input = prepared.input();
        Slug slug = input.slug() == null ? slugs.derivedFrom(input.title()) : slugs.chosen(input.slug(), id);
        placement.requireExisting(input.details());
        Post created = posts.add(Post.draft(id, author, prepared.fields(slug), clock.instant()));
        links.index(created);
        revisions.record(created, author, "Created");
        audit.record(author, "post.created", "post", id, null, PostSnapshots.of(created));
        return created;
    }

    /** New fields for a loaded post (access and version already checked); a null slug keeps the current one. */
    Post edit(Post post, Actor actor, Prepared prepared, String reason, Provenance provenance) {
        PostInput input = prepared.input();
        post.requireDisclosureKept(input.details(), actor, review);
        var before = PostSnapshots.of(post);
        Slug slug = input.slug() == null ? post.slug() : slugs.chosen(input.slug(), post.id());
        placement.requireExisting(input.details());
        Post saved = save(post, actor.id(), prepared.fields(slug), reason, provenance);
        audit.record(actor.id(), "post.updated", "post", post.id(), before, PostSnapshots.of(saved));
        return saved;
    }

    /**
     * A revision's text and metadata back on a loaded post, as a new revision by {@code actor}. What it was filed
     * under or showed and has been deleted since is dropped rather than refused: the old state cannot be fixed.
     */
    Post restore(Post post, Actor actor, PostRevision revision) {
        PostRevision.Snapshot snapshot = revision.snapshot();
        post.requireDisclosureKept(snapshot.details(), actor, review);
        PostRendering.Rendered rendered = rendering.render(snapshot.content(),
                snapshot.excerptGiven() ? snapshot.excerpt() : null);
        Slug slug = slugs.chosen(snapshot.slug(), post.id());
        PostFields fields = new PostFields(snapshot.title(), slug, snapshot.content(), rendered.body(),
                rendered.excerpt(), snapshot.excerptGiven(), snapshot.metaDescription(),
                placement.stillExisting(snapshot.details()));
        Post saved = save(post, actor.id(), fields, "Restored revision " + revision.number(), Provenance.HUMAN);
        audit.record(actor.id(), "post.restored", "post", post.id(), null, Map.of("revision", revision.number()));
        return saved;
    }

    /** The steps after the checks: revise, move the slug (redirect, healed links), store, index, keep a revision. */
    private Post save(Post post, UserId actor, PostFields fields, String reason, Provenance provenance) {
        Slug old = post.slug();
        post.revise(fields, reason, clock.instant());
        slugs.moved(post, old, clock.instant(), actor);
        Post saved = posts.update(post);
        links.index(saved);
        revisions.record(saved, actor, reason, provenance);
        return saved;
    }
}
