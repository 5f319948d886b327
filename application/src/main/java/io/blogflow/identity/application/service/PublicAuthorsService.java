package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.PublicAuthorsUseCase;
import io.blogflow.identity.application.port.out.PublicAuthorDirectory;
import io.blogflow.shared.domain.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

public final class PublicAuthorsService implements PublicAuthorsUseCase {

    private final PublicAuthorDirectory directory;

    public PublicAuthorsService(PublicAuthorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<UserId, PublicAuthor> find(Collection<UserId> ids) {
        // A feed of posts without authors asks for none: no query then.
        return ids.isEmpty() ? Map.of() : directory.find(Set.copyOf(ids));
    }
}
