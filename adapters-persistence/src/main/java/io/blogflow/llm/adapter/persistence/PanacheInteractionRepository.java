package io.blogflow.llm.adapter.persistence;

import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.domain.ModelUsage;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PanacheInteractionRepository
        implements InteractionRepository, PanacheRepositoryBase<LlmInteractionJpaEntity, UUID> {

    @Override
    public void add(Interaction interaction) {
        persist(toRow(interaction));
        flush();
    }

    @Override
    public List<Interaction> ofTrace(UUID traceId) {
        return list("traceId", Sort.ascending("attempt"), traceId).stream()
                .map(PanacheInteractionRepository::toDomain).toList();
    }

    @Override
    public Page<Interaction> find(Filter filter, PageRequest request) {
        var where = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and createdAt < :to");
            params.put("to", filter.to());
        }
        if (filter.model() != null) {
            where.append(" and modelId = :model");
            params.put("model", filter.model().value());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().code());
        }
        var query = find(where.toString(), Sort.descending("createdAt", "id"), params);
        var items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list().stream()
                .map(PanacheInteractionRepository::toDomain).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    /** Latency is averaged over calls that reached the network: skipped calls took no time worth counting. */
    private static final String USAGE = """
            SELECT model_id, (array_agg(model_name ORDER BY created_at DESC))[1],
                   (array_agg(provider_name ORDER BY created_at DESC))[1], count(*),
                   count(*) FILTER (WHERE status = 'failed'), coalesce(sum(input_tokens), 0),
                   coalesce(sum(output_tokens), 0), sum(cost),
                   coalesce(avg(latency_ms) FILTER (WHERE error_type IS NULL
                       OR error_type NOT IN ('circuit-open', 'model-unavailable', 'blocked-address')), 0)
            FROM llm_interactions WHERE created_at >= :from AND created_at < :to
            GROUP BY model_id ORDER BY sum(cost) DESC, count(*) DESC""";

    @Override
    public List<ModelUsage> usage(Instant from, Instant to) {
        List<Object[]> rows = getEntityManager().createNativeQuery(USAGE).setParameter("from", from)
                .setParameter("to", to).getResultList();
        return rows.stream().map(row -> new ModelUsage(new ModelId((UUID) row[0]), (String) row[1],
                (String) row[2], ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), (BigDecimal) row[7],
                Math.round(((Number) row[8]).doubleValue()))).toList();
    }

    static LlmInteractionJpaEntity toRow(Interaction i) {
        var row = new LlmInteractionJpaEntity();
        row.id = i.id();
        row.traceId = i.traceId();
        row.attempt = i.attempt();
        row.fallback = i.fallback();
        row.promptName = i.promptName();
        row.promptVersion = i.promptVersion();
        row.providerId = i.providerId() == null ? null : i.providerId().value();
        row.providerName = i.providerName();
        row.modelId = i.modelId().value();
        row.modelName = i.modelName();
        row.systemPrompt = i.systemPrompt();
        row.input = i.input();
        row.temperature = i.temperature();
        row.maxTokens = i.maxTokens();
        row.timeoutMillis = i.timeoutMillis();
        row.streamed = i.streamed();
        row.status = i.status().code();
        row.output = i.output();
        row.inputTokens = i.inputTokens();
        row.outputTokens = i.outputTokens();
        row.cost = i.cost();
        row.latencyMillis = i.latencyMillis();
        row.timeToFirstTokenMillis = i.timeToFirstTokenMillis();
        row.finishReason = i.finishReason();
        row.errorType = i.errorType();
        row.errorCode = i.errorCode();
        row.httpStatus = i.httpStatus();
        row.errorMessage = i.errorMessage();
        row.createdAt = i.createdAt();
        return row;
    }

    static Interaction toDomain(LlmInteractionJpaEntity row) {
        return new Interaction(row.id, row.traceId, row.attempt, row.fallback, row.promptName, row.promptVersion,
                row.providerId == null ? null : new ProviderId(row.providerId), row.providerName,
                new ModelId(row.modelId), row.modelName, row.systemPrompt, row.input, row.temperature, row.maxTokens,
                row.timeoutMillis, row.streamed, InteractionStatus.valueOf(row.status.toUpperCase(Locale.ROOT)),
                row.output, row.inputTokens, row.outputTokens, row.cost, row.latencyMillis,
                row.timeToFirstTokenMillis, row.finishReason, row.errorType, row.errorCode, row.httpStatus,
                row.errorMessage, row.createdAt);
    }
}
