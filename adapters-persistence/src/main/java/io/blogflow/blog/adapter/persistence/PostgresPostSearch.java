package io.blogflow.blog.adapter.persistence;

import io.agroal.api.AgroalDataSource;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL full-text search: {@code websearch_to_tsquery} over the weighted, GIN-indexed {@code search_vector}.
 * Bounded: the newest {@link PostSearch#CANDIDATES} matches are taken by publication date (the planner walks
 * {@code ix_posts_published} for common words, the GIN index for rare ones), only those are ranked with
 * {@code ts_rank_cd} and counted, and {@code ts_headline} snippets are made for the page's rows only.
 * <p>
 * It runs on the search pool ({@link SearchPool}), never on the connections every other request shares: a flood of
 * searches can hold at most that pool, whose connections cancel a statement past the search's own timeout.
 */
@ApplicationScoped
public class PostgresPostSearch implements PostSearch {

    /** The language filter; its three placeholders all take the language tag (or null: every language). */
    private static final String MATCHES = """
            FROM posts p, websearch_to_tsquery(blogflow_search_config(?), ?) query
            WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND p.search_vector @@ query
              AND (CAST(? AS varchar) IS NULL OR p.content_language = ?
                   OR p.content_language LIKE ? || '-%')""";

    /** Parameters: config, q, language ×3, candidates, limit, offset. */
    private static final String SEARCH = """
            WITH candidates AS (
                SELECT p.id, p.published_at, p.search_vector, query
            """ + MATCHES + """

                ORDER BY p.published_at DESC, p.id DESC
                LIMIT ?),
            ranked AS (
                SELECT id, published_at, query, ts_rank_cd(search_vector, query) AS rank, count(*) OVER () AS total
                FROM candidates
                ORDER BY rank DESC, published_at DESC, id
                LIMIT ? OFFSET ?)
            SELECT p.id, p.title, p.slug, p.excerpt, p.published_at,
                   ts_headline(blogflow_search_config(p.content_language),
                               regexp_replace(p.content_html, '<[^>]+>', ' ', 'g'), r.query,
                               'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=1'),
                   r.rank, r.total
            FROM ranked r JOIN posts p ON p.id = r.id
            ORDER BY r.rank DESC, r.published_at DESC, r.id""";

    /** The total when the page is past the last match (no row carries it). Parameters: as SEARCH's first six. */
    private static final String COUNT = "SELECT count(*) FROM (SELECT 1 " + MATCHES + " LIMIT ?) matches";

    private final AgroalDataSource searchPool;

    public PostgresPostSearch(@io.quarkus.agroal.DataSource(SearchPool.NAME) AgroalDataSource searchPool) {
        this.searchPool = searchPool;
    }

    @Override
    public Page<Hit> search(String q, ContentLanguage language, PageRequest request) {
        String config = language == null ? ContentLanguage.ENGLISH.tag() : language.tag();
        String only = language == null ? null : language.tag();
        try (Connection connection = searchPool.getConnection()) {
            List<Hit> hits = new ArrayList<>();
            long total = 0;
            try (PreparedStatement search = prepare(connection, SEARCH, config, q, only)) {
                search.setInt(7, request.size());
                search.setLong(8, request.offset());
                try (ResultSet rows = search.executeQuery()) {
                    while (rows.next()) {
                        hits.add(hit(rows));
                        total = rows.getLong(8);
                    }
                }
            }
            if (hits.isEmpty()) {
                total = count(connection, config, q, only);
            }
            return new Page<>(hits, request.page(), request.size(), total);
        } catch (SQLException e) {
            // A timeout (57014), an exhausted pool or an unreachable server: the REST layer answers each 503.
            throw new SearchFailedException(e);
        }
    }

    private static long count(Connection connection, String config, String q, String only) throws SQLException {
        try (PreparedStatement count = prepare(connection, COUNT, config, q, only);
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Binds the parameters SEARCH and COUNT share: config, q, the language filter and the candidates' limit. */
    private static PreparedStatement prepare(Connection connection, String sql, String config, String q, String only)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, config);
        statement.setString(2, q);
        statement.setString(3, only);
        statement.setString(4, only);
        statement.setString(5, only);
        statement.setInt(6, CANDIDATES);
        return statement;
    }

    private static Hit hit(ResultSet row) throws SQLException {
        return new Hit(new PostId(row.getObject(1, UUID.class)), row.getString(2), row.getString(3),
                row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant(), row.getString(6),
                row.getDouble(7));
    }

    /** The SQL failure, unchecked; its cause chain keeps the SQLState the REST layer reads. */
    static final class SearchFailedException extends RuntimeException {
        SearchFailedException(SQLException cause) {
            super("Search failed: " + cause.getMessage(), cause);
        }
    }
}
