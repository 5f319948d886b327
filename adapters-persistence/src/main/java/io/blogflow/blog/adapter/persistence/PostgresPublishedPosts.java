package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.SqlValues.instant;

import io.blogflow.shared.adapter.persistence.SqlValues;

import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.application.port.out.PublishedPosts;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published posts for sitemaps and feeds, as native projections over the partial index {@code ix_posts_published}
 * ({@code published_at DESC, id DESC WHERE status = 'PUBLISHED' AND deleted_at IS NULL}): no entity is loaded and
 * bodies are read only for the few posts a feed renders.
 */
@ApplicationScoped
public class PostgresPublishedPosts implements PublishedPosts {

    /** The exact predicate of ix_posts_published, so the planner can use that index. */
    private static final String PUBLISHED = "p.status = 'PUBLISHED' AND p.deleted_at IS NULL";

    private final EntityManager entityManager;

    public PostgresPublishedPosts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PublishedSnapshot snapshot() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT count(*), max(p.updated_at) FROM posts p WHERE " + PUBLISHED).getSingleResult();
        return new PublishedSnapshot(((Number) row[0]).longValue(), Optional.ofNullable(instant(row[1])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SitemapUrl> sitemapUrls(long offset, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.slug, p.updated_at FROM posts p WHERE "
                        + PUBLISHED + " ORDER BY p.published_at, p.id LIMIT :limit OFFSET :offset")
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(row -> new SitemapUrl(new Slug((String) row[0]), instant(row[1]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Instant> newestUpdatePerPage(int pageSize) {
        // One pass over the index in sitemap order: each row's page is its position divided by the page size.
        List<Object> rows = entityManager.createNativeQuery("""
                        SELECT max(updated_at) FROM (
                            SELECT p.updated_at, (row_number() OVER (ORDER BY p.published_at, p.id) - 1) / :size AS page
                            FROM posts p WHERE %s) numbered
                        GROUP BY page ORDER BY page""".formatted(PUBLISHED))
                .setParameter("size", pageSize)
                .getResultList();
        return rows.stream().map(SqlValues::instant).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<FeedItem> newest(FeedQuery query, int limit) {
        StringBuilder where = new StringBuilder(PUBLISHED);
        query.tag().ifPresent(tag -> where.append(
                " AND EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                        + " WHERE pt.post_id = p.id AND t.slug = :tag)"));
        if (!query.categoryIds().isEmpty()) {
            where.append(" AND p.category_id IN (:categories)");
        }
        var select = entityManager.createNativeQuery("""
                        SELECT p.id, p.slug, p.title, p.excerpt, p.published_at, p.updated_at,
                               (SELECT string_agg(t.name, E'\n' ORDER BY t.name) FROM post_tags pt
                                JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags,
                               p.author_id
                        FROM posts p
                        WHERE %s
                        ORDER BY p.published_at DESC, p.id DESC LIMIT :limit""".formatted(where))
                .setParameter("limit", limit);
        query.tag().ifPresent(tag -> select.setParameter("tag", tag.value()));
        if (!query.categoryIds().isEmpty()) {
            select.setParameter("categories", query.categoryIds().stream().map(CategoryId::value).toList());
        }
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(PostgresPublishedPosts::feedItem).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<PostId, String> contentHtml(Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT p.id, p.content_html FROM posts p WHERE p.id = ANY(:ids)")
                .setParameter("ids", posts.stream().map(PostId::value).toArray(UUID[]::new))
                .getResultList();
        Map<PostId, String> bodies = new HashMap<>();
        rows.forEach(row -> bodies.put(new PostId((UUID) row[0]), (String) row[1]));
        return bodies;
    }

    private static FeedItem feedItem(Object[] row) {
        return new FeedItem(new PostId((UUID) row[0]), new Slug((String) row[1]), (String) row[2], (String) row[3],
                instant(row[4]), instant(row[5]), names(row[6]), row[7] == null ? null : new UserId((UUID) row[7]),
                null);
    }

    /** Tag names are joined by newlines, which a name never contains (whitespace is collapsed to one space). */
    private static List<String> names(Object joined) {
        return joined == null ? List.of() : List.of(((String) joined).split("\n"));
    }

}
