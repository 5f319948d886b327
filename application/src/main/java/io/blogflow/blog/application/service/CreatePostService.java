package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.CreatePostCommand;
import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;

public final class CreatePostService implements CreatePostUseCase {

    private final PostRepository posts;
    private final SlugAssignment slugs;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;
    private final MarkdownRenderer renderer;
    private final RevisionRecorder revisions;
    private final PostPlacement placement;
    private final PostLinks links;

    public CreatePostService(PostRepository posts, Transactions transactions, IdGenerator ids, Clock clock,
                             AuditTrail audit, MarkdownRenderer renderer, RevisionRecorder revisions,
                             SlugRedirectRepository redirects, PostPlacement placement, PostLinks links) {
        this.placement = placement;
        this.renderer = renderer;
        this.revisions = revisions;
        this.audit = audit;
        this.posts = posts;
        this.slugs = new SlugAssignment(posts, redirects, links);
        this.links = links;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Post create(CreatePostCommand command) {
        PostInput input = PostInput.validate(command.values(), clock.instant());
        PostInput.Rendered rendered = input.render(renderer);
        PostId id = new PostId(ids.newId());
        return transactions.inTransaction(() -> {
            placement.requireExisting(input.details());
            Slug slug = input.slug() == null ? slugs.derivedFrom(input.title()) : slugs.chosen(input.slug(), id);
            Post created = posts.add(Post.draft(id, command.actor().id(), input.fields(rendered, slug),
                    clock.instant()));
            links.index(created);
            revisions.record(created, command.actor().id(), "Created");
            audit.record(command.actor().id(), "post.created", "post", id, null, PostSnapshots.of(created));
            return created;
        });
    }
}
