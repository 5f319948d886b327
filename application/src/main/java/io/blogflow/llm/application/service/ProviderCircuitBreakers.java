package io.blogflow.llm.application.service;

import io.blogflow.llm.domain.CircuitBreaker;
import io.blogflow.llm.domain.ProviderId;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One circuit breaker per provider, shared by every run of this instance. Per instance on purpose: each instance
 * learns a provider's health from its own calls, which needs no coordination and errs towards trying.
 */
public final class ProviderCircuitBreakers {

    private final int failureThreshold;
    private final Duration openFor;
    private final ConcurrentMap<ProviderId, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public ProviderCircuitBreakers(int failureThreshold, Duration openFor) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    public CircuitBreaker of(ProviderId provider) {
        return breakers.computeIfAbsent(provider, id -> new CircuitBreaker(failureThreshold, openFor));
    }
}
