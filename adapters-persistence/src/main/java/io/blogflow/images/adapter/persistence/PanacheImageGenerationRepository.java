package io.blogflow.images.adapter.persistence;

import io.blogflow.images.application.port.out.ImageGenerationRepository;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheImageGenerationRepository implements ImageGenerationRepository,
        PanacheRepositoryBase<ImageGenerationJpaEntity, UUID> {

    /** ON CONFLICT: of two requests with one key, exactly one inserts, without an exception spoiling the session. */
    private static final String START = """
            INSERT INTO image_generations (id, post_id, section_id, requested_by, idempotency_key, prompt, style_id,
                format_id, setting_id, provider_id, model, width, height, status, created_at)
            VALUES (:id, :post, :section, :by, :key, :prompt, :style, :format, :setting, :provider, :model, :width,
                :height, 'running', :createdAt)
            ON CONFLICT (post_id, idempotency_key) DO NOTHING""";

    @Override
    public ImageGeneration start(ImageGeneration g) {
        int inserted = getEntityManager().createNativeQuery(START).setParameter("id", g.id())
                .setParameter("post", g.postId()).setParameter("section", g.sectionId())
                .setParameter("by", g.requestedBy().value()).setParameter("key", g.idempotencyKey())
                .setParameter("prompt", g.prompt()).setParameter("style", g.styleId())
                .setParameter("format", g.formatId()).setParameter("setting", g.settingId())
                .setParameter("provider", g.providerId()).setParameter("model", g.model())
                .setParameter("width", g.width()).setParameter("height", g.height())
                .setParameter("createdAt", g.createdAt()).executeUpdate();
        if (inserted == 1) {
            return g;
        }
        return find("postId = ?1 and idempotencyKey = ?2", g.postId(), g.idempotencyKey()).firstResultOptional()
                .map(PanacheImageGenerationRepository::toDomain)
                .orElseThrow(() -> new IllegalStateException("idempotency conflict without a generation"));
    }

    @Override
    public ImageGeneration finish(ImageGeneration g) {
        ImageGenerationJpaEntity row = findById(g.id());
        row.status = g.status().code();
        row.revisedPrompt = g.revisedPrompt();
        row.mediaId = g.media() == null ? null : g.media().value();
        row.errorType = g.errorType();
        row.errorCode = g.errorCode();
        row.errorMessage = g.errorMessage() == null || g.errorMessage().length() <= 2000 ? g.errorMessage()
                : g.errorMessage().substring(0, 2000);
        row.httpStatus = g.httpStatus();
        row.latencyMillis = g.latencyMillis();
        row.inputTokens = g.inputTokens();
        row.outputTokens = g.outputTokens();
        row.finishedAt = g.finishedAt();
        flush();
        return toDomain(row);
    }

    @Override
    public Optional<ImageGeneration> find(UUID postId, UUID id) {
        return findByIdOptional(id).filter(row -> row.postId.equals(postId))
                .map(PanacheImageGenerationRepository::toDomain);
    }

    @Override
    public Page<ImageGeneration> ofPost(UUID postId, PageRequest request) {
        var query = find("postId", Sort.descending("createdAt", "id"), postId);
        var items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list().stream()
                .map(PanacheImageGenerationRepository::toDomain).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    private static ImageGeneration toDomain(ImageGenerationJpaEntity r) {
        return new ImageGeneration(r.id, r.postId, r.sectionId, new UserId(r.requestedBy), r.idempotencyKey,
                r.prompt, r.revisedPrompt, r.styleId, r.formatId, r.settingId, r.providerId, r.model, r.width,
                r.height, ImageGeneration.Status.of(r.status), r.mediaId == null ? null : new MediaId(r.mediaId),
                r.errorType, r.errorCode, r.errorMessage, r.httpStatus, r.latencyMillis, r.inputTokens,
                r.outputTokens, r.createdAt, r.finishedAt);
    }

    @Override
    public int releaseIdempotencyKeysBefore(java.time.Instant cutoff) {
        return getEntityManager().createNativeQuery("UPDATE image_generations SET idempotency_key = NULL "
                + "WHERE idempotency_key IS NOT NULL AND finished_at < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
