package io.blogflow.analytics.bootstrap;

import io.blogflow.analytics.application.port.out.PostAccess;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.DomainException;
import java.util.UUID;

/** Analytics' post access rule answered by the blog: whoever may read the post may read its analytics. */
final class BlogPostAccess implements PostAccess {

    private final GetPostUseCase posts;
    private final Transactions transactions;

    BlogPostAccess(GetPostUseCase posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public boolean mayView(UUID post, Actor actor) {
        return transactions.inTransaction(() -> {
            try {
                posts.get(new PostId(post), actor);
                return true;
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                    return false;
                }
                throw e;
            }
        });
    }
}
