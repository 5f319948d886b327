package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.MediaVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** {@code media_variants} in plain SQL: rows are written once ({@code ON CONFLICT DO NOTHING}) and never change. */
@ApplicationScoped
public class PostgresMediaVariantRepository implements MediaVariantRepository {

    private static final String COLUMNS = "media_id, name, mime_type, storage_key, width, height, size_bytes";

    private final EntityManager em;

    public PostgresMediaVariantRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MediaVariant> find(MediaId media, String storageKey) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM media_variants WHERE media_id = :media "
                        + "AND storage_key = :key")
                .setParameter("media", media.value()).setParameter("key", storageKey).getResultList();
        return rows.stream().map(row -> toDomain((Object[]) row)).findFirst();
    }

    @Override
    public void record(MediaVariant variant) {
        em.createNativeQuery("INSERT INTO media_variants (" + COLUMNS + ") VALUES (:media, :name, :mime, :key, "
                        + ":width, :height, :size) ON CONFLICT DO NOTHING")
                .setParameter("media", variant.mediaId().value())
                .setParameter("name", variant.name())
                .setParameter("mime", variant.format().mime())
                .setParameter("key", variant.storageKey())
                .setParameter("width", variant.width())
                .setParameter("height", variant.height())
                .setParameter("size", variant.sizeBytes())
                .executeUpdate();
    }

    @Override
    public List<MediaVariant> variantsOf(MediaId media) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM media_variants WHERE media_id = :media "
                + "ORDER BY width, storage_key").setParameter("media", media.value()).getResultList();
        return rows.stream().map(row -> toDomain((Object[]) row)).toList();
    }

    private static MediaVariant toDomain(Object[] row) {
        return new MediaVariant(new MediaId((java.util.UUID) row[0]), (String) row[1],
                MediaType.ofMime((String) row[2]).orElseThrow(), (String) row[3], ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(), ((Number) row[6]).longValue());
    }
}
