package io.blogflow.llm.adapter.persistence;

import io.blogflow.llm.application.port.out.InteractionRepository;
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
