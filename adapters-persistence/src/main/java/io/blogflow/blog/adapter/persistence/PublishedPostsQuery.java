package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.SqlValues.instant;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.out.PostCursor;
import io.blogflow.blog.application.port.out.PostSummary;
import io.blogflow.blog.application.port.out.PublishedPage;
import io.blogflow.shared.adapter.persistence.PublicReads;
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
 * the summary columns: never the Markdown or HTML bodies. A page is asked by number (OFFSET, shallow pages only) or
 * after a cursor (a row comparison on the sort key and id, which walks the same index from that point: any depth
 * costs what page 1 costs). One row more than the page is read to know whether a next page exists. Filtered totals
 * are counted up to {@link PublishedPage#COUNT_CAP}; the unfiltered one is the trigger-kept count.
 */
final class PublishedPostsQuery {

    private static final String COLUMNS = "p.id, p.author_id, p.title, p.slug, p.excerpt, p.word_count,"
            + " p.reading_time_minutes, p.featured_image, p.featured_image_alt, p.category_id, p.topic_cluster_id,"
            + " p.content_language, coalesce(pv.views, 0), p.published_at, p.updated_at";

    /** The blog's views counter, set from analytics' rollups apart from posts (a view never touches a post row). */
    private static final String VIEWS = " LEFT JOIN post_view_counts pv ON pv.post_id = p.id";

    private final StringBuilder where = new StringBuilder(" FROM posts p WHERE p.status = 'PUBLISHED'"
            + " AND p.deleted_at IS NULL");
    private final Map<String, Object> parameters = new HashMap<>();
    private final String order;
    /** Without filters the total is the trigger-kept count (blog-023) instead of a count over every published row. */
    private final String countSql;
    private final PublicPostQuery.Sort sort;

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
        countSql = parameters.isEmpty() ? "SELECT total FROM published_post_count"
                : "SELECT count(*) FROM (SELECT 1" + where + " LIMIT " + (PublishedPage.COUNT_CAP + 1) + ") capped";
        sort = filter.sort();
        order = switch (filter.sort()) {
            case NEWEST -> " ORDER BY p.published_at DESC, p.id DESC";
            case OLDEST -> " ORDER BY p.published_at, p.id";
            case TITLE -> " ORDER BY p.title, p.id";
            case POPULAR -> " ORDER BY coalesce(pv.views, 0) DESC, p.id DESC";
        };
    }

    PublishedPage run(EntityManager em, PublicReads reads, PageRequest request, PostCursor after) {
        String keyset = "";
        if (after != null) {
            keyset = after(after);
        }
        Query rows = reads.bounded(bind(em.createNativeQuery("SELECT " + COLUMNS + from() + keyset + order
                + " LIMIT :limit OFFSET :offset")));
        rows.setParameter("limit", request.size() + 1);
        rows.setParameter("offset", after == null ? request.offset() : 0L);
        if (after != null) {
            rows.setParameter("afterKey", switch (after.sort()) {
                case NEWEST, OLDEST -> after.instant();
                case TITLE -> after.key();
                case POPULAR -> after.views();
            });
            rows.setParameter("afterId", after.id());
        }
        List<PostSummary> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            items.add(summary((Object[]) row));
        }
        PostCursor next = null;
        if (items.size() > request.size()) {
            items = items.subList(0, request.size());
            next = PostCursor.after(items.get(items.size() - 1), sort);
        }
        long total = ((Number) reads.bounded(bind(em.createNativeQuery(countSql))).getSingleResult()).longValue();
        boolean capped = !parameters.isEmpty() && total > PublishedPage.COUNT_CAP;
        return new PublishedPage(new Page<>(items, request.page(), request.size(),
                Math.min(total, capped ? PublishedPage.COUNT_CAP : total)), capped, next, after != null);
    }

    /** The rows after the cursor in this sort: a row comparison the planner answers from the sort's index. */
    private static String after(PostCursor cursor) {
        return switch (cursor.sort()) {
            case NEWEST -> " AND (p.published_at, p.id) < (:afterKey, :afterId)";
            case OLDEST -> " AND (p.published_at, p.id) > (:afterKey, :afterId)";
            case TITLE -> " AND (p.title, p.id) > (CAST(:afterKey AS varchar), :afterId)";
            case POPULAR -> " AND (coalesce(pv.views, 0), p.id) < (:afterKey, :afterId)";
        };
    }

    /** The filtered rows with their views beside them: {@code FROM posts p LEFT JOIN post_view_counts pv … WHERE …}. */
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
