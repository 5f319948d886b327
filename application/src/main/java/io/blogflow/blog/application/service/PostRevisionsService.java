package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.application.port.out.TextDiffer;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.RevisionNotFoundException;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;

public final class PostRevisionsService implements PostRevisionsUseCase {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final RevisionRecorder recorder;
    private final TextDiffer differ;
    private final MarkdownRenderer renderer;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final SlugAssignment slugs;
    private final PostPlacement placement;
    private final PostLinks links;
    private final ReviewPolicy review;

    public PostRevisionsService(PostRepository posts, PostRevisionRepository revisions, RevisionRecorder recorder,
                                TextDiffer differ, MarkdownRenderer renderer, Transactions transactions, Clock clock,
                                AuditTrail audit, SlugRedirectRepository redirects, PostPlacement placement,
                                PostLinks links, ReviewPolicy review) {
        this.review = review;
        this.placement = placement;
        this.slugs = new SlugAssignment(posts, redirects, links);
        this.links = links;
        this.posts = posts;
        this.revisions = revisions;
        this.recorder = recorder;
        this.differ = differ;
        this.renderer = renderer;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<PostRevision> list(PostId post, Actor actor) {
        AccessiblePosts.load(posts, post, actor);
        return revisions.findByPost(post);
    }

    @Override
    public PostRevision get(PostId post, int number, Actor actor) {
        AccessiblePosts.load(posts, post, actor);
        return revisions.find(post, number).orElseThrow(() -> new RevisionNotFoundException(post, number));
    }

    @Override
    public String diff(PostId post, int from, int to, Actor actor) {
        PostRevision before = get(post, from, actor);
        PostRevision after = get(post, to, actor);
        return differ.unifiedDiff("revision " + from, before.snapshot().content().value(), "revision " + to,
                after.snapshot().content().value());
    }

    @Override
    public Post restore(PostId id, int number, long expectedVersion, Actor actor) {
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, id, actor);
            post.requireVersion(expectedVersion);
            var snapshot = revisions.find(id, number).orElseThrow(() -> new RevisionNotFoundException(id, number))
                    .snapshot();
            post.requireDisclosureKept(snapshot.details(), actor, review);
            var rendering = renderer.render(snapshot.content());
            Slug old = post.slug();
            var body = RenderedBody.of(rendering.safeHtml(), rendering.plainText(), rendering.headings());
            post.revise(new PostFields(snapshot.title(), slugs.chosen(snapshot.slug(), post.id()), snapshot.content(),
                    body, snapshot.excerptGiven() ? snapshot.excerpt() : Excerpt.derivedFrom(rendering.plainText()),
                    snapshot.excerptGiven(), snapshot.metaDescription(), placement.stillExisting(snapshot.details())),
                    "Restored revision " + number, clock.instant());
            slugs.moved(post, old, clock.instant(), actor.id());
            Post saved = posts.update(post);
            links.index(saved);
            recorder.record(saved, actor.id(), "Restored revision " + number);
            audit.record(actor.id(), "post.restored", "post", id, null, Map.of("revision", number));
            return saved;
        });
    }
}
