package io.blogflow.llm.adapter.resilience;

import io.blogflow.llm.application.port.out.ProviderCircuitBreakers;
import io.blogflow.llm.domain.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link CircuitBreaker} per provider, in this instance's memory, shared by every run of the instance. Per
 * instance on purpose: each instance learns a provider's health from its own calls, which needs no coordination and
 * errs towards trying.
 */
public final class InMemoryCircuitBreakers implements ProviderCircuitBreakers {

    private final int failureThreshold;
    private final Duration openFor;
    private final ConcurrentMap<ProviderId, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public InMemoryCircuitBreakers(int failureThreshold, Duration openFor) {
        new CircuitBreaker(failureThreshold, openFor); // refuses a nonsensical configuration at start-up
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    @Override
    public boolean allowsCall(ProviderId provider, Instant now) {
        return of(provider).allows(now);
    }

    @Override
    public void answered(ProviderId provider) {
        of(provider).succeeded();
    }

    @Override
    public void failed(ProviderId provider, Instant now) {
        of(provider).failed(now);
    }

    private CircuitBreaker of(ProviderId provider) {
        return breakers.computeIfAbsent(provider, id -> new CircuitBreaker(failureThreshold, openFor));
    }
}
