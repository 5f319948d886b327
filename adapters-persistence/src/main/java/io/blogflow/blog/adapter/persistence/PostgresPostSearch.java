package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL full-text search: {@code websearch_to_tsquery} over the weighted, GIN-indexed {@code search_vector},
 * ranked with {@code ts_rank_cd}, snippets from {@code ts_headline} over the body's text.
 */
@ApplicationScoped
public class PostgresPostSearch implements PostSearch {

    private static final String MATCHES = """
            FROM posts, websearch_to_tsquery('english', :q) query
            WHERE status = 'PUBLISHED' AND deleted_at IS NULL AND search_vector @@ query""";

    private final EntityManager entityManager;

    public PostgresPostSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Hit> search(String q, PageRequest request) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, title, slug, excerpt, published_at,
                               ts_headline('english', regexp_replace(content_html, '<[^>]+>', ' ', 'g'), query,
                                           'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=1'),
                               ts_rank_cd(search_vector, query) AS rank
                        """ + MATCHES + """

                        ORDER BY rank DESC, published_at DESC, id
                        LIMIT :limit OFFSET :offset""")
                .setParameter("q", q)
                .setParameter("limit", request.size())
                .setParameter("offset", request.offset())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) " + MATCHES)
                .setParameter("q", q).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(PostgresPostSearch::hit).toList(), request.page(), request.size(), total);
    }

    private static Hit hit(Object[] row) {
        return new Hit(new PostId((UUID) row[0]), (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                (String) row[5], ((Number) row[6]).doubleValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }
}
