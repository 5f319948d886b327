package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.domain.MediaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Section images in {@code post_section_media}, position 1..n. */
@ApplicationScoped
public class PostgresSectionMediaRepository implements SectionMediaRepository {

    private final EntityManager entityManager;

    public PostgresSectionMediaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<MediaId> mediaOf(UUID sectionId) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT media_id FROM post_section_media WHERE section_id = :section ORDER BY position",
                        UUID.class)
                .setParameter("section", sectionId)
                .getResultList();
        return rows.stream().map(id -> new MediaId((UUID) id)).toList();
    }

    @Override
    public void replace(UUID sectionId, List<MediaId> media) {
        entityManager.createNativeQuery("DELETE FROM post_section_media WHERE section_id = :section")
                .setParameter("section", sectionId)
                .executeUpdate();
        for (int i = 0; i < media.size(); i++) {
            entityManager.createNativeQuery("""
                            INSERT INTO post_section_media (section_id, position, media_id)
                            VALUES (:section, :position, :media)""")
                    .setParameter("section", sectionId)
                    .setParameter("position", i + 1)
                    .setParameter("media", media.get(i).value())
                    .executeUpdate();
        }
    }

    @Override
    public boolean append(UUID sectionId, MediaId media, int max) {
        // The caller holds the section (its row lock, taken by the workflow), so two appends never claim one position.
        return entityManager.createNativeQuery("""
                        INSERT INTO post_section_media (section_id, position, media_id)
                        SELECT :section, coalesce(max(position), 0) + 1, :media
                        FROM post_section_media WHERE section_id = :section
                        HAVING count(*) < :max AND bool_or(media_id = :media) IS NOT TRUE""")
                .setParameter("section", sectionId)
                .setParameter("media", media.value())
                .setParameter("max", max)
                .executeUpdate() == 1;
    }

    @Override
    public boolean shows(MediaId media) {
        return (Boolean) entityManager.createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM post_section_media WHERE media_id = :media)")
                .setParameter("media", media.value())
                .getSingleResult();
    }
}
