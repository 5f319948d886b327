package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostMediaReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Media references in the posts' {@code featured_media_id} and {@code og_media_id} columns. */
@ApplicationScoped
public class PostgresPostMediaReferences implements PostMediaReferences {

    private final EntityManager em;

    public PostgresPostMediaReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean referenced(UUID media) {
        return (Boolean) em.createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM posts WHERE featured_media_id = :media OR og_media_id = :media)")
                .setParameter("media", media)
                .getSingleResult();
    }
}
