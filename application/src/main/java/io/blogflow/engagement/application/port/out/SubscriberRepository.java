package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.SubscriberState;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Newsletter subscribers; the address and name are sealed at rest and the address found by its fingerprint. */
public interface SubscriberRepository {

    Optional<Subscriber> find(SubscriberId id);

    /** Locks the row for the rest of the transaction. */
    Optional<Subscriber> findByEmail(Fingerprint email);

    Optional<Subscriber> findByConfirmation(Fingerprint token);

    /** @return {@code false} when the address is already there (a concurrent request won) */
    boolean add(Subscriber subscriber);

    /** Adds many in a few statements (an import); addresses already there are skipped. @return how many were added */
    int addAll(List<Subscriber> subscribers);

    void update(Subscriber subscriber);

    void delete(SubscriberId id);

    /** Oldest first; {@code state} and {@code email} (exact address fingerprint) filter when present. */
    Page<Subscriber> list(Optional<SubscriberState> state, Optional<Fingerprint> email, PageRequest page);

    /** Every subscriber, oldest first, {@code limit} after {@code after} (keyset paging for exports). */
    List<Subscriber> batchAfter(Optional<SubscriberId> after, int limit);

    Map<SubscriberState, Long> countByState();

    /**
     * Active subscribers who want a post with these topics and were not yet sent {@code issue}: the next
     * {@code limit} of them in id order.
     */
    List<Subscriber> recipientsWithoutDelivery(java.util.UUID issue, Set<String> topics, int limit);
}
