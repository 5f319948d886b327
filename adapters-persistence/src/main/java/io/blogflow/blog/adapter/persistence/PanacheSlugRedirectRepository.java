package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PanacheSlugRedirectRepository
        implements SlugRedirectRepository, PanacheRepositoryBase<SlugRedirectJpaEntity, String> {

    @Override
    public void redirect(Slug from, PostId post, Instant at) {
        SlugRedirectJpaEntity row = findByIdOptional(from.value()).orElseGet(() -> {
            var created = new SlugRedirectJpaEntity();
            created.fromSlug = from.value();
            return created;
        });
        row.postId = post.value();
        row.createdAt = at;
        persist(row);
    }

    @Override
    public void remove(Slug from) {
        deleteById(from.value());
    }

    @Override
    public Optional<PostId> target(Slug from) {
        return findByIdOptional(from.value()).map(row -> new PostId(row.postId));
    }

    @Override
    public Set<String> slugsStartingWith(Slug base) {
        // Slugs contain no LIKE wildcards, so no escaping is needed.
        return new HashSet<>(getEntityManager()
                .createQuery("select r.fromSlug from SlugRedirectJpaEntity r where r.fromSlug = :base"
                        + " or r.fromSlug like :prefix", String.class)
                .setParameter("base", base.value())
                .setParameter("prefix", base.value() + "-%")
                .getResultList());
    }
}
