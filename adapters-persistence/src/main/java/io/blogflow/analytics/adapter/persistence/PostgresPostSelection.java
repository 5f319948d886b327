package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.PostSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The posts a dashboard filter selects, read from the blog's tables (ids only). */
@ApplicationScoped
public class PostgresPostSelection implements PostSelection {

    private final EntityManager em;

    public PostgresPostSelection(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<UUID> select(Optional<String> tag, Optional<String> category, Optional<UUID> author) {
        StringBuilder sql = new StringBuilder("SELECT p.id FROM posts p WHERE TRUE");
        tag.ifPresent(value -> sql.append(" AND EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                + " WHERE pt.post_id = p.id AND t.slug = :tag)"));
        category.ifPresent(value -> sql.append(" AND p.category_id = (SELECT id FROM categories WHERE slug = :category)"));
        author.ifPresent(value -> sql.append(" AND p.author_id = :author"));
        Query query = em.createNativeQuery(sql.toString());
        tag.ifPresent(value -> query.setParameter("tag", value));
        category.ifPresent(value -> query.setParameter("category", value));
        author.ifPresent(value -> query.setParameter("author", value));
        Set<UUID> ids = new HashSet<>();
        for (Object id : query.getResultList()) {
            ids.add((UUID) id);
        }
        return ids;
    }
}
