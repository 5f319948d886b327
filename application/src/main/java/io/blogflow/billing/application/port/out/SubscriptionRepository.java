package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SubscriptionRepository {

    Optional<Subscription> of(UserId account);

    /** Locks the account's subscription row until the transaction ends. */
    Optional<Subscription> lockOf(UserId account);

    Optional<Subscription> byProviderSubscription(String providerSubscription);

    Optional<Subscription> byProviderCustomer(String providerCustomer);

    /**
     * Adds the subscription unless the account has one (a concurrent first use); answers the one that is stored.
     *
     * @throws NotFoundException when there is no such account
     */
    Subscription addIfAbsent(Subscription subscription);

    /** @throws io.blogflow.shared.domain.StaleVersionException when it changed since it was read */
    Subscription update(Subscription subscription);

    /**
     * Claims up to {@code limit} subscriptions whose period ended, locking them so that no other instance can
     * (FOR UPDATE SKIP LOCKED): each is rolled over once, by whoever claimed it, in the claiming transaction.
     */
    List<Subscription> claimEndedPeriods(Instant now, int limit);

    /** Claims past-due subscriptions whose grace period ran out before {@code before}, like {@link #claimEndedPeriods}. */
    List<Subscription> claimPastDueSince(Instant before, int limit);

}
