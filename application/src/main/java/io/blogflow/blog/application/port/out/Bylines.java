package io.blogflow.blog.application.port.out;

import io.blogflow.blog.application.Byline;
import io.blogflow.shared.domain.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who wrote posts, as readers see it: the accounts and profiles are another context's, so the blog asks here rather
 * than reading their tables. Answered in bootstrap from identity's {@code PublicAuthorsUseCase}.
 */
public interface Bylines {

    /** The bylines of the authors among {@code authors} who still have an (unerased) account: one read for all. */
    Map<UserId, Byline> of(Collection<UserId> authors);

    default Optional<Byline> of(UserId author) {
        return Optional.ofNullable(of(Set.of(author)).get(author));
    }
}
