package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.List;
import java.util.UUID;

public final class InteractionLogService implements InteractionLogUseCase {

    private final InteractionRepository interactions;
    private final Transactions transactions;

    public InteractionLogService(InteractionRepository interactions, Transactions transactions) {
        this.interactions = interactions;
        this.transactions = transactions;
    }

    @Override
    public List<Interaction> trace(UUID traceId) {
        return transactions.inTransaction(() -> interactions.ofTrace(traceId));
    }
}
