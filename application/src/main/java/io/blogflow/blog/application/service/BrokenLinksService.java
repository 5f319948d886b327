package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.BrokenLinksUseCase;
import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.application.port.out.PostLinkRepository.BrokenLink;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class BrokenLinksService implements BrokenLinksUseCase {

    private final PostLinkRepository links;

    public BrokenLinksService(PostLinkRepository links) {
        this.links = links;
    }

    @Override
    public Page<BrokenLink> broken(PageRequest pageRequest, Actor actor) {
        if (!actor.managesAllContent()) {
            throw new NotAllowedException("Only editors and admins see the broken-links report.");
        }
        return links.broken(pageRequest);
    }
}
