package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link SlugRedirectRepository} in memory; passes {@link SlugRedirectRepositoryContract}. */
public final class InMemorySlugRedirectRepository implements SlugRedirectRepository {

    private final Map<String, PostId> redirects = new HashMap<>();

    /** Old slug → post (a read-only view). */
    public Map<String, PostId> redirects() {
        return java.util.Collections.unmodifiableMap(redirects);
    }

    @Override
    public void redirect(Slug from, PostId post, Instant at) {
        redirects.put(from.value(), post);
    }

    @Override
    public void remove(Slug from) {
        redirects.remove(from.value());
    }

    @Override
    public Optional<PostId> target(Slug from) {
        return Optional.ofNullable(redirects.get(from.value()));
    }

    @Override
    public Set<String> slugsStartingWith(Slug base) {
        return redirects.keySet().stream()
                .filter(s -> s.equals(base.value()) || s.startsWith(base.value() + "-")).collect(Collectors.toSet());
    }
}
