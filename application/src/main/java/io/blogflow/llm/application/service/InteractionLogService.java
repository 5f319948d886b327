package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.application.port.out.InteractionRepository.Filter;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class InteractionLogService implements InteractionLogUseCase {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final InteractionRepository interactions;
    private final Transactions transactions;
    private final Clock clock;

    public InteractionLogService(InteractionRepository interactions, Transactions transactions, Clock clock) {
        this.interactions = interactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Interaction> trace(UUID traceId) {
        return transactions.inTransaction(() -> interactions.ofTrace(traceId));
    }

    @Override
    public Page<Interaction> find(Filter filter, PageRequest page) {
        requireOrdered(filter.from(), filter.to());
        return transactions.inTransaction(() -> interactions.find(filter, page));
    }

    @Override
    public UsageReport usage(Instant from, Instant to) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        requireOrdered(start, end);
        return new UsageReport(start, end, transactions.inTransaction(() -> interactions.usage(start, end)));
    }

    private static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to.not-after-from", "to must be after from.");
        }
    }
}
