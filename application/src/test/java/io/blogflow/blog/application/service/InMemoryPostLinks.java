package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The link index for service tests: which posts link where. */
final class InMemoryPostLinks implements PostLinkRepository {

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
