package io.blogflow.blog.bootstrap;

import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.port.out.Bylines;
import io.blogflow.identity.application.port.in.PublicAuthorsUseCase;
import io.blogflow.shared.domain.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The blog's bylines answered by the identity context, which owns accounts and author profiles. */
final class IdentityBylines implements Bylines {

    private final PublicAuthorsUseCase authors;

    IdentityBylines(PublicAuthorsUseCase authors) {
        this.authors = authors;
    }

    @Override
    public Map<UserId, Byline> of(Collection<UserId> ids) {
        return authors.find(ids).values().stream().collect(Collectors.toMap(PublicAuthorsUseCase.PublicAuthor::id,
                author -> new Byline(author.name(), author.avatarUrl(), author.profileUrl())));
    }
}
