package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.SqlValues.instant;

import io.blogflow.blog.application.port.out.PostSummary;
import io.blogflow.blog.application.port.out.PublishedPostFilter;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public list as one SQL statement over the partial indexes of published posts (see blog.sql), reading only
 * the summary columns: never the Markdown or HTML bodies.
 */
final class PublishedPostsQuery {

    private static final String COLUMNS = "p.id, p.author_id, p.title, p.slug, p.excerpt, p.word_count,"
            + " p.reading_time_minutes, p.featured_image, p.featured_image_alt, p.category_id, p.topic_cluster_id,"
            + " p.content_language, coalesce(pa.views, 0), p.published_at, p.updated_at";

    /** Views are analytics' counter, kept from the rollups apart from posts (a view never touches a post row). */
    private static final String VIEWS = " LEFT JOIN post_analytics pa ON pa.post_id = p.id";

    private final StringBuilder where = new StringBuilder(" FROM posts p WHERE p.status = 'PUBLISHED'"
            + " AND p.deleted_at IS NULL");
    private final Map<String, Object> parameters = new HashMap<>();
    private final String order;
    /** Without filters the total is the trigger-kept count (blog-023) instead of a count over every published row. */
    private final String countSql;

    PublishedPostsQuery(PublishedPostFilter filter) {
        if (filter.author() != null) {
            condition(" AND p.author_id = :author", "author", filter.author().value());
        }
        if (filter.tag() != null) {
            condition(" AND EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                    + " WHERE pt.post_id = p.id AND t.slug = :tag)", "tag", filter.tag().value());
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            condition(" AND p.category_id IN (:categories)", "categories",
                    filter.categories().stream().map(CategoryId::value).toList());
        }
        if (filter.cluster() != null) {
            condition(" AND p.topic_cluster_id = :cluster", "cluster", filter.cluster().value());
        }
        if (filter.language() != null) {
            condition(" AND (p.content_language = :language OR p.content_language LIKE :languageVariants)",
                    "language", filter.language().tag());
            parameters.put("languageVariants", filter.language().tag() + "-%");
        }
        if (filter.publishedFrom() != null) {
            condition(" AND p.published_at >= :from", "from", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            condition(" AND p.published_at < :to", "to", filter.publishedTo());
        }
        countSql = parameters.isEmpty() ? "SELECT total FROM published_post_count" : "SELECT count(*)" + where;
        order = switch (filter.sort()) {
            case NEWEST -> " ORDER BY p.published_at DESC, p.id DESC";
            case OLDEST -> " ORDER BY p.published_at, p.id";
            case TITLE -> " ORDER BY p.title, p.id";
            case POPULAR -> " ORDER BY coalesce(pa.views, 0) DESC, p.id DESC";
        };
    }

    Page<PostSummary> run(EntityManager em, PageRequest request) {
        Query rows = bind(em.createNativeQuery("SELECT " + COLUMNS + from() + order + " LIMIT :limit OFFSET :offset"));
        rows.setParameter("limit", request.size());
        rows.setParameter("offset", (long) (request.page() - 1) * request.size());
        List<PostSummary> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            items.add(summary((Object[]) row));
        }
        long total = ((Number) bind(em.createNativeQuery(countSql)).getSingleResult()).longValue();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The filtered rows with their views beside them: {@code FROM posts p LEFT JOIN post_analytics pa … WHERE …}. */
    private String from() {
        return where.toString().replaceFirst(" FROM posts p ", " FROM posts p" + VIEWS + " ");
    }

    private void condition(String sql, String name, Object value) {
        where.append(sql);
        parameters.put(name, value);
    }

    private Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static PostSummary summary(Object[] row) {
        return new PostSummary(new PostId((UUID) row[0]), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), (String) row[7],
                (String) row[8], (UUID) row[9], (UUID) row[10], (String) row[11], ((Number) row[12]).longValue(),
                instant(row[13]), instant(row[14]));
    }

}
