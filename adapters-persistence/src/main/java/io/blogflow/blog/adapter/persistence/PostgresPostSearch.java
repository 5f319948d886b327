package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.SqlValues.instant;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.adapter.persistence.PublicReads;
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
 * PostgreSQL full-text search: {@code websearch_to_tsquery} over the weighted, GIN-indexed {@code search_vector}.
 * Bounded: the newest {@link PostSearch#CANDIDATES} matches are taken by publication date (the planner walks
 * {@code ix_posts_published} for common words, the GIN index for rare ones), only those are ranked with
 * {@code ts_rank_cd} and counted, and {@code ts_headline} snippets are made for the page's rows only. Every statement
 * runs under the public-read timeout.
 */
@ApplicationScoped
public class PostgresPostSearch implements PostSearch {

    private static final String SEARCH = """
            WITH candidates AS (
                SELECT p.id, p.published_at, p.search_vector, query
                FROM posts p, websearch_to_tsquery(blogflow_search_config(:config), :q) query
                WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND p.search_vector @@ query
                  AND (CAST(:language AS varchar) IS NULL OR p.content_language = :language
                       OR p.content_language LIKE :language || '-%')
                ORDER BY p.published_at DESC, p.id DESC
                LIMIT :candidates),
            ranked AS (
                SELECT id, published_at, query, ts_rank_cd(search_vector, query) AS rank, count(*) OVER () AS total
                FROM candidates
                ORDER BY rank DESC, published_at DESC, id
                LIMIT :limit OFFSET :offset)
            SELECT p.id, p.title, p.slug, p.excerpt, p.published_at,
                   ts_headline(blogflow_search_config(p.content_language),
                               regexp_replace(p.content_html, '<[^>]+>', ' ', 'g'), r.query,
                               'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=1'),
                   r.rank, r.total
            FROM ranked r JOIN posts p ON p.id = r.id
            ORDER BY r.rank DESC, r.published_at DESC, r.id""";

    /** The total when the page is past the last match (no row carries it). */
    private static final String COUNT = """
            SELECT count(*) FROM (
                SELECT 1 FROM posts p, websearch_to_tsquery(blogflow_search_config(:config), :q) query
                WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND p.search_vector @@ query
                  AND (CAST(:language AS varchar) IS NULL OR p.content_language = :language
                       OR p.content_language LIKE :language || '-%')
                LIMIT :candidates) matches""";

    private final EntityManager entityManager;
    private final PublicReads reads;

    public PostgresPostSearch(EntityManager entityManager, PublicReads reads) {
        this.entityManager = entityManager;
        this.reads = reads;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Hit> search(String q, ContentLanguage language, PageRequest request) {
        String config = language == null ? ContentLanguage.ENGLISH.tag() : language.tag();
        String only = language == null ? null : language.tag();
        List<Object[]> rows = reads.bounded(entityManager.createNativeQuery(SEARCH))
                .setParameter("q", q)
                .setParameter("config", config)
                .setParameter("language", only)
                .setParameter("candidates", CANDIDATES)
                .setParameter("limit", request.size())
                .setParameter("offset", request.offset())
                .getResultList();
        long total = rows.isEmpty()
                ? ((Number) reads.bounded(entityManager.createNativeQuery(COUNT)).setParameter("q", q)
                        .setParameter("config", config).setParameter("language", only)
                        .setParameter("candidates", CANDIDATES).getSingleResult()).longValue()
                : ((Number) rows.get(0)[7]).longValue();
        return new Page<>(rows.stream().map(PostgresPostSearch::hit).toList(), request.page(), request.size(), total);
    }

    private static Hit hit(Object[] row) {
        return new Hit(new PostId((UUID) row[0]), (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                (String) row[5], ((Number) row[6]).doubleValue());
    }

}
