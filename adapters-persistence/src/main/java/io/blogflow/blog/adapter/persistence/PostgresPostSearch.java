package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.SqlValues.instant;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL full-text search: {@code websearch_to_tsquery} over the weighted, GIN-indexed {@code search_vector},
 * ranked with {@code ts_rank_cd}, snippets from {@code ts_headline} over the body's text.
 */
@ApplicationScoped
public class PostgresPostSearch implements PostSearch {

    /** Posts of the asked language when one is named; the query is parsed with that language's dictionary. */
    private static final String MATCHES = """
            FROM posts, websearch_to_tsquery(blogflow_search_config(:config), :q) query
            WHERE status = 'PUBLISHED' AND deleted_at IS NULL AND search_vector @@ query
              AND (CAST(:language AS varchar) IS NULL OR content_language = :language
                   OR content_language LIKE :language || '-%')""";

    private final EntityManager entityManager;

    public PostgresPostSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Hit> search(String q, ContentLanguage language, PageRequest request) {
        String config = language == null ? ContentLanguage.ENGLISH.tag() : language.tag();
        String only = language == null ? null : language.tag();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, title, slug, excerpt, published_at,
                               ts_headline(blogflow_search_config(content_language), regexp_replace(content_html, '<[^>]+>', ' ', 'g'), query,
                                           'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=1'),
                               ts_rank_cd(search_vector, query) AS rank
                        """ + MATCHES + """

                        ORDER BY rank DESC, published_at DESC, id
                        LIMIT :limit OFFSET :offset""")
                .setParameter("q", q)
                .setParameter("config", config)
                .setParameter("language", only)
                .setParameter("limit", request.size())
                .setParameter("offset", request.offset())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) " + MATCHES)
                .setParameter("q", q).setParameter("config", config).setParameter("language", only)
                .getSingleResult()).longValue();
        return new Page<>(rows.stream().map(PostgresPostSearch::hit).toList(), request.page(), request.size(), total);
    }

    private static Hit hit(Object[] row) {
        return new Hit(new PostId((UUID) row[0]), (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                (String) row[5], ((Number) row[6]).doubleValue());
    }

}
