package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostViewCounts;
import io.blogflow.blog.domain.PostId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The views counter in {@code post_view_counts} (blog-027): a table of its own with no trigger, so a counter write
 * never touches the posts row. All posts are set by one statement; an unchanged total is not rewritten. A post is
 * key-share locked while its counter is written, so a purge of the post waits, and one purged before is skipped.
 */
@ApplicationScoped
public class PostgresPostViewCounts implements PostViewCounts {

    private static final String SET = """
            INSERT INTO post_view_counts (post_id, views)
            SELECT c.post_id, c.views FROM unnest(?::uuid[], ?::bigint[]) AS c (post_id, views)
            WHERE EXISTS (SELECT 1 FROM posts p WHERE p.id = c.post_id FOR KEY SHARE)
            ON CONFLICT (post_id) DO UPDATE SET views = excluded.views
            WHERE post_view_counts.views <> excluded.views""";

    private final EntityManager em;

    public PostgresPostViewCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void set(Map<PostId, Long> views) {
        Object[] posts = views.keySet().stream().map(PostId::value).toArray();
        Object[] totals = views.keySet().stream().map(views::get).toArray();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SET)) {
                statement.setArray(1, connection.createArrayOf("uuid", posts));
                statement.setArray(2, connection.createArrayOf("bigint", totals));
                statement.executeUpdate();
            }
        });
    }

    @Override
    public long views(PostId post) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT views FROM post_view_counts WHERE post_id = ?")) {
                statement.setObject(1, post.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public Map<PostId, Long> views(Collection<PostId> posts) {
        Map<PostId, Long> counted = new HashMap<>();
        posts.forEach(post -> counted.put(post, 0L));
        if (posts.isEmpty()) {
            return counted;
        }
        Object[] ids = posts.stream().map(PostId::value).toArray();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT post_id, views FROM post_view_counts WHERE post_id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counted.put(new PostId(rows.getObject(1, UUID.class)), rows.getLong(2));
                    }
                }
            }
        });
        return counted;
    }
}
