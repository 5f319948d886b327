package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.net.URI;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheMediaRepository implements MediaRepository, PanacheRepositoryBase<MediaJpaEntity, UUID> {

    @Override
    public Media addUnlessDuplicate(Media media) {
        // Serialises adds of the same image (transaction-scoped lock on the checksum): the second one sees the first
        // one's row instead of failing on uq_media_checksum and poisoning the caller's transaction.
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:checksum, 0))")
                .setParameter("checksum", media.checksum()).getSingleResult();
        Optional<Media> existing = findByChecksum(media.checksum());
        if (existing.isPresent()) {
            return existing.get();
        }
        var row = new MediaJpaEntity();
        row.id = media.id().value();
        row.storageKey = media.storageKey();
        row.mimeType = media.type().mime();
        row.sizeBytes = media.sizeBytes();
        row.width = media.width();
        row.height = media.height();
        row.checksum = media.checksum();
        row.createdBy = media.createdBy() == null ? null : media.createdBy().value();
        row.createdAt = media.createdAt();
        row.generationPrompt = media.generationPrompt();
        row.generationMetadata = new HashMap<>(media.generationMetadata());
        describe(media, row);
        persist(row);
        flush();
        return toDomain(row);
    }

    @Override
    public Media update(Media media) {
        MediaJpaEntity row = findByIdOptional(media.id().value()).orElseThrow(() -> new StaleVersionException("media"));
        if (row.version != media.version()) {
            throw new StaleVersionException("media", row.version);
        }
        describe(media, row);
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("media");
        }
        return toDomain(row);
    }

    @Override
    public void remove(Media media) {
        deleteById(media.id().value());
        flush();
    }

    @Override
    public Optional<Media> find(MediaId id) {
        return findByIdOptional(id.value()).map(PanacheMediaRepository::toDomain);
    }

    @Override
    public Optional<Media> findByChecksum(String checksum) {
        return find("checksum", checksum).firstResultOptional().map(PanacheMediaRepository::toDomain);
    }

    @Override
    public Page<Media> list(MediaFilter filter, PageRequest request) {
        var where = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (filter.type() != null) {
            where.append(" and mimeType = :mime");
            params.put("mime", filter.type().mime());
        }
        if (filter.createdFrom() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            where.append(" and createdAt < :to");
            params.put("to", filter.createdTo());
        }
        var query = find(where.toString(), Sort.descending("createdAt", "id"), params);
        var items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list().stream()
                .map(PanacheMediaRepository::toDomain).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    /** The fields editors change. */
    private static void describe(Media media, MediaJpaEntity row) {
        row.altText = media.altText();
        row.caption = media.caption();
        row.cdnUrl = media.cdnUrl() == null ? null : media.cdnUrl().toString();
        row.watermarked = media.watermarked();
    }

    private static Media toDomain(MediaJpaEntity row) {
        return new Media(new MediaId(row.id), row.storageKey, MediaType.ofMime(row.mimeType).orElseThrow(),
                row.sizeBytes, row.width, row.height, row.altText, row.caption,
                row.cdnUrl == null ? null : URI.create(row.cdnUrl), row.checksum,
                row.createdBy == null ? null : new UserId(row.createdBy), row.createdAt, row.generationPrompt,
                row.generationMetadata, row.watermarked, row.version);
    }
}
