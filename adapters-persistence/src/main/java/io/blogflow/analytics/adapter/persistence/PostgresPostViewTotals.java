package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.PostViewTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Views from {@code post_analytics}, all posts in one primary-key read ({@code post_id = ANY (…)}). */
@ApplicationScoped
public class PostgresPostViewTotals implements PostViewTotals {

    private final EntityManager em;

    public PostgresPostViewTotals(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, Long> views(Set<UUID> posts) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT post_id, views FROM post_analytics WHERE post_id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", posts.toArray()));
                Map<UUID, Long> views = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        views.put(rows.getObject(1, UUID.class), rows.getLong(2));
                    }
                }
                return views;
            }
        });
    }
}
