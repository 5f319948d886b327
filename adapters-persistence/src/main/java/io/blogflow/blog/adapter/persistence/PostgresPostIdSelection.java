package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostIdSelection;
import io.blogflow.blog.domain.PostId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The posts a filter selects, ids only, in one statement (the tag and category by slug in subqueries). */
@ApplicationScoped
public class PostgresPostIdSelection implements PostIdSelection {

    private final EntityManager em;

    public PostgresPostIdSelection(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<PostId> select(Optional<String> tagSlug, Optional<String> categorySlug, Optional<UUID> author) {
        StringBuilder sql = new StringBuilder("SELECT p.id FROM posts p WHERE TRUE");
        tagSlug.ifPresent(value -> sql.append(" AND EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                + " WHERE pt.post_id = p.id AND t.slug = :tag)"));
        categorySlug.ifPresent(value -> sql.append(
                " AND p.category_id = (SELECT id FROM categories WHERE slug = :category)"));
        author.ifPresent(value -> sql.append(" AND p.author_id = :author"));
        Query query = em.createNativeQuery(sql.toString());
        tagSlug.ifPresent(value -> query.setParameter("tag", value));
        categorySlug.ifPresent(value -> query.setParameter("category", value));
        author.ifPresent(value -> query.setParameter("author", value));
        Set<PostId> ids = new HashSet<>();
        for (Object id : query.getResultList()) {
            ids.add(new PostId((UUID) id));
        }
        return ids;
    }
}
