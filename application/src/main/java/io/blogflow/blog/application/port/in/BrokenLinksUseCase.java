package io.blogflow.blog.application.port.in;

import io.blogflow.blog.application.port.out.PostLinkRepository.BrokenLink;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Editors' report of internal links in posts that lead nowhere. */
public interface BrokenLinksUseCase {

    Page<BrokenLink> broken(PageRequest pageRequest, Actor actor);
}
