package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class InMemorySlugRedirects implements SlugRedirectRepository {

    final Map<String, PostId> redirects = new HashMap<>();

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
