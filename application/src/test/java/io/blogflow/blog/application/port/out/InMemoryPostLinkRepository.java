package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link PostLinkRepository} in memory: which posts link where; passes {@link PostLinkRepositoryContract}. The
 * broken-link report is a database query, tested against PostgreSQL.
 */
public final class InMemoryPostLinkRepository implements PostLinkRepository {

    private final Map<PostId, Set<PostLink>> linksByPost = new HashMap<>();

    @Override
    public void replace(PostId post, Set<PostLink> links) {
        linksByPost.put(post, Set.copyOf(links));
    }

    @Override
    public List<PostId> postsLinkingTo(SitePath target) {
        return linksByPost.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(link -> link.target().equals(target)))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public Page<BrokenLink> broken(PageRequest pageRequest) {
        throw new UnsupportedOperationException("the report is a database query, tested against PostgreSQL");
    }
}
