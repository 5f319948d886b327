package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The {@code post_links} table, written and queried with plain SQL (rows are values, not entities). */
@ApplicationScoped
public class PostgresPostLinkRepository implements PostLinkRepository {

    /**
     * Permalink-shaped links in posts outside the trash that lead to no post outside the trash, no old slug of one
     * and no manual redirect. Each test is an index probe (slug, from_slug, from_path unique indexes).
     */
    private static final String BROKEN = """
            FROM post_links l JOIN posts p ON p.id = l.post_id
            WHERE p.deleted_at IS NULL AND l.target_slug IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM posts t WHERE t.slug = l.target_slug AND t.deleted_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM slug_redirects s JOIN posts t ON t.id = s.post_id
                              WHERE s.from_slug = l.target_slug AND t.deleted_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM redirects r WHERE r.from_path = l.target_path)""";

    private final EntityManager entityManager;

    public PostgresPostLinkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void replace(PostId post, Set<PostLink> links) {
        entityManager.createNativeQuery("DELETE FROM post_links WHERE post_id = :post")
                .setParameter("post", post.value()).executeUpdate();
        for (PostLink link : links) {
            entityManager.createNativeQuery("""
                            INSERT INTO post_links (post_id, destination, target_path, target_slug)
                            VALUES (:post, :destination, :path, :slug)""")
                    .setParameter("post", post.value())
                    .setParameter("destination", link.destination())
                    .setParameter("path", link.target().value())
                    .setParameter("slug", link.targetSlug().map(Slug::value).orElse(null))
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PostId> postsLinkingTo(SitePath target) {
        List<UUID> ids = entityManager.createNativeQuery(
                        "SELECT DISTINCT post_id FROM post_links WHERE target_path = :path ORDER BY post_id", UUID.class)
                .setParameter("path", target.value()).getResultList();
        return ids.stream().map(PostId::new).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<BrokenLink> broken(PageRequest request) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.id, p.title, p.slug, l.destination, l.target_path "
                        + BROKEN + " ORDER BY p.created_at DESC, p.id, l.destination LIMIT :limit OFFSET :offset")
                .setParameter("limit", request.size())
                .setParameter("offset", request.offset())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) " + BROKEN).getSingleResult())
                .longValue();
        return new Page<>(rows.stream().map(PostgresPostLinkRepository::brokenLink).toList(), request.page(),
                request.size(), total);
    }

    private static BrokenLink brokenLink(Object[] row) {
        return new BrokenLink(new PostId((UUID) row[0]), (String) row[1], new Slug((String) row[2]), (String) row[3],
                new SitePath((String) row[4]));
    }
}
