package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Tag;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tags in PostgreSQL. Links are written with plain SQL so the usage-count triggers see every change, and counts
 * are read fresh from the database rather than from the persistence context.
 */
@ApplicationScoped
public class PanacheTagRepository implements TagRepository, PanacheRepositoryBase<TagJpaEntity, UUID> {

    @Override
    public Optional<Tag> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional().map(PanacheTagRepository::toDomain);
    }

    @Override
    public Optional<Tag> findTag(UUID id) {
        return Optional.ofNullable(getEntityManager().find(TagJpaEntity.class, id)).map(row -> {
            getEntityManager().refresh(row);
            return toDomain(row);
        });
    }

    @Override
    public Optional<Tag> findBySlug(Slug slug) {
        return find("slug", slug.value()).firstResultOptional().map(PanacheTagRepository::toDomain);
    }

    @Override
    public Tag addIfAbsent(Tag tag, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO tags (id, name, slug, created_at) VALUES (:id, :name, :slug, :at)
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", tag.id())
                .setParameter("name", tag.name())
                .setParameter("slug", tag.slug().value())
                .setParameter("at", at)
                .executeUpdate();
        return findByName(tag.name()).orElseThrow(() -> new IllegalStateException(
                "Tag '" + tag.name() + "' could be neither stored nor found (slug '" + tag.slug() + "' in use)"));
    }

    @Override
    public Set<String> slugsStartingWith(Slug base) {
        return new HashSet<>(getEntityManager()
                .createQuery("select t.slug from TagJpaEntity t where t.slug = :base or t.slug like :prefix",
                        String.class)
                .setParameter("base", base.value())
                .setParameter("prefix", base.value() + "-%")
                .getResultList());
    }

    /** Plain rows, not entities: the counts the triggers just changed, not the persistence context's copies. */
    @Override
    @SuppressWarnings("unchecked")
    public List<Tag> tagsOf(PostId post) {
        return ((List<Object[]>) getEntityManager().createNativeQuery("""
                        SELECT t.id, t.name, t.slug, t.usage_count FROM tags t JOIN post_tags pt ON pt.tag_id = t.id
                        WHERE pt.post_id = :post ORDER BY t.name""")
                .setParameter("post", post.value()).getResultList())
                .stream().map(row -> new Tag((UUID) row[0], (String) row[1], new Slug((String) row[2]),
                        ((Number) row[3]).intValue())).toList();
    }

    @Override
    public void setTags(PostId post, Set<UUID> tags) {
        getEntityManager().createNativeQuery("DELETE FROM post_tags WHERE post_id = :post AND tag_id <> ALL(:tags)")
                .setParameter("post", post.value())
                .setParameter("tags", tags.toArray(UUID[]::new))
                .executeUpdate();
        for (UUID tag : tags) {
            getEntityManager().createNativeQuery(
                            "INSERT INTO post_tags (post_id, tag_id) VALUES (:post, :tag) ON CONFLICT DO NOTHING")
                    .setParameter("post", post.value())
                    .setParameter("tag", tag)
                    .executeUpdate();
        }
    }

    @Override
    public Page<Tag> findPage(PageRequest request) {
        var query = findAll(Sort.descending("usageCount").and("name"))
                .page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()));
        return new Page<>(query.list().stream().map(PanacheTagRepository::toDomain).toList(), request.page(),
                request.size(), query.count());
    }

    @Override
    public void merge(UUID source, UUID target) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO post_tags (post_id, tag_id)
                        SELECT post_id, :target FROM post_tags WHERE tag_id = :source
                        ON CONFLICT DO NOTHING""")
                .setParameter("source", source)
                .setParameter("target", target)
                .executeUpdate();
        delete(source);
    }

    /** Unlinks first (so the count triggers run against a tag that still exists), then removes the tag. */
    @Override
    public void delete(UUID id) {
        getEntityManager().createNativeQuery("DELETE FROM post_tags WHERE tag_id = :id")
                .setParameter("id", id).executeUpdate();
        getEntityManager().createNativeQuery("DELETE FROM tags WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    private static Tag toDomain(TagJpaEntity row) {
        return new Tag(row.id, row.name, new Slug(row.slug), row.usageCount);
    }
}
