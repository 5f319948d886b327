package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.UpdatePostCommand;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;

public final class UpdatePostService implements UpdatePostUseCase {

    private final PostRepository posts;
    private final SlugAssignment slugs;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final MarkdownRenderer renderer;
    private final RevisionRecorder revisions;
    private final PostPlacement placement;
    private final PostLinks links;
    private final ReviewPolicy review;

    public UpdatePostService(PostRepository posts, Transactions transactions, Clock clock, AuditTrail audit,
                             MarkdownRenderer renderer, RevisionRecorder revisions, SlugRedirectRepository redirects,
                             PostPlacement placement, PostLinks links, ReviewPolicy review) {
        this.review = review;
        this.placement = placement;
        this.renderer = renderer;
        this.revisions = revisions;
        this.audit = audit;
        this.posts = posts;
        this.slugs = new SlugAssignment(posts, redirects, links);
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Post update(UpdatePostCommand command) {
        PostInput input = PostInput.validate(command.values(), clock.instant());
        PostInput.Rendered rendered = input.render(renderer);
        return transactions.inTransaction(() -> {
            Post post = AccessiblePosts.load(posts, command.id(), command.actor());
            post.requireVersion(command.expectedVersion());
            post.requireDisclosureKept(input.details(), command.actor(), review);
            var before = PostSnapshots.of(post);
            Slug slug = input.slug() == null ? post.slug() : slugs.chosen(input.slug(), post.id());
            Slug old = post.slug();
            placement.requireExisting(input.details());
            post.revise(input.fields(rendered, slug), command.reason(), clock.instant());
            slugs.moved(post, old, clock.instant(), command.actor().id());
            Post saved = posts.update(post);
            links.index(saved);
            revisions.record(saved, command.actor().id(), command.reason(), command.provenance());
            audit.record(command.actor().id(), "post.updated", "post", post.id(), before, PostSnapshots.of(saved));
            return saved;
        });
    }
}
