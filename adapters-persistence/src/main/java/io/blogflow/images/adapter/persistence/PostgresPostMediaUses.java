package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.PostMediaUses;
import io.blogflow.images.domain.MediaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Post references to media, read from the blog's and the section images' columns (each backed by a RESTRICT foreign
 * key, so a use the check misses in a race still refuses the delete).
 */
@ApplicationScoped
public class PostgresPostMediaUses implements PostMediaUses {

    private final EntityManager entityManager;

    public PostgresPostMediaUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean referenced(MediaId media) {
        return (Boolean) entityManager.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM posts WHERE featured_media_id = :media OR og_media_id = :media)
                            OR EXISTS (SELECT 1 FROM post_section_media WHERE media_id = :media)""")
                .setParameter("media", media.value())
                .getSingleResult();
    }
}
