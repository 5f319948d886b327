package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.ProviderId;
import java.time.Instant;

/**
 * Whether calls to a provider should go out now, learnt from how its earlier calls went: a circuit breaker per
 * provider. Infrastructure state, not a business rule: an implementation decides how it remembers (in memory, per
 * instance, is enough: each instance learns a provider's health from its own calls).
 */
public interface ProviderCircuitBreakers {

    /** Whether a call may go out now; while only a trial call may, only the first caller gets it. */
    boolean allowsCall(ProviderId provider, Instant now);

    /** The provider answered (a refusal such as 401 or 404 is an answer too: it says the provider is up). */
    void answered(ProviderId provider);

    /** The call failed in a way that says the provider is unwell (429, 5xx, timeout, broken connection). */
    void failed(ProviderId provider, Instant now);
}
