package io.blogflow.analytics.bootstrap;

import io.blogflow.analytics.application.port.out.PostSelection;
import io.blogflow.blog.application.port.in.SelectPostIdsUseCase;
import io.blogflow.blog.domain.PostId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The dashboard's post filters answered by the blog's in-port: one read, the ids then go into analytics' SQL. */
final class BlogPostSelection implements PostSelection {

    private final SelectPostIdsUseCase blog;

    BlogPostSelection(SelectPostIdsUseCase blog) {
        this.blog = blog;
    }

    @Override
    public Set<UUID> select(Optional<String> tag, Optional<String> category, Optional<UUID> author) {
        return blog.postIds(tag, category, author).stream().map(PostId::value).collect(Collectors.toSet());
    }
}
