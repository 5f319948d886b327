package io.blogflow.billing.adapter.persistence;

import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.domain.BillingInterval;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.billing.domain.PlanRef;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.billing.domain.SubscriptionStatus;
import io.blogflow.shared.adapter.persistence.ConstraintViolations;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions under optimistic locking ({@code version}); claims for the periodic work skip locked rows. */
@ApplicationScoped
public class PostgresSubscriptionRepository implements SubscriptionRepository {

    private static final String SELECT = """
            SELECT id, account_id, plan_id, plan_version, billing_interval, status, anchor_at, period_start,
                   period_end, pending_plan_id, pending_plan_version, pending_interval, past_due_since,
                   provider_customer, provider_subscription, provider_event_at, version, created_at
            FROM billing_subscriptions
            """;

    private final Sql sql;

    public PostgresSubscriptionRepository(EntityManager em) {
        this.sql = new Sql(em);
    }

    @Override
    public Optional<Subscription> of(UserId account) {
        return sql.one(SELECT + " WHERE account_id = ?", PostgresSubscriptionRepository::subscription,
                account.value());
    }

    @Override
    public Optional<Subscription> lockOf(UserId account) {
        return sql.one(SELECT + " WHERE account_id = ? FOR UPDATE", PostgresSubscriptionRepository::subscription,
                account.value());
    }

    @Override
    public Optional<Subscription> byProviderSubscription(String providerSubscription) {
        return sql.one(SELECT + " WHERE provider_subscription = ?", PostgresSubscriptionRepository::subscription,
                providerSubscription);
    }

    @Override
    public Optional<Subscription> byProviderCustomer(String providerCustomer) {
        return sql.one(SELECT + " WHERE provider_customer = ?", PostgresSubscriptionRepository::subscription,
                providerCustomer);
    }

    @Override
    public Subscription addIfAbsent(Subscription subscription) {
        try {
            sql.update("""
                    INSERT INTO billing_subscriptions (id, account_id, plan_id, plan_version, billing_interval, status,
                        anchor_at, period_start, period_end, version, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                    ON CONFLICT (account_id) DO NOTHING
                    """, subscription.id(), subscription.account().value(), subscription.plan().plan().value(),
                    subscription.plan().version(), subscription.plan().interval().code(),
                    subscription.status().code(), subscription.anchor(), subscription.periodStart(),
                    subscription.periodEnd(), subscription.createdAt());
        } catch (RuntimeException failure) {
            if (ConstraintViolations.isViolationOf(failure, "fk_billing_subscriptions_account")) {
                throw new NotFoundException("account", subscription.account().toString());
            }
            throw failure;
        }
        return of(subscription.account()).orElseThrow();
    }

    @Override
    public Subscription update(Subscription s) {
        PlanRef pending = s.pending();
        Optional<Subscription> saved = sql.one("""
                UPDATE billing_subscriptions SET plan_id = ?, plan_version = ?, billing_interval = ?, status = ?,
                    anchor_at = ?, period_start = ?, period_end = ?, pending_plan_id = ?::uuid,
                    pending_plan_version = ?::integer, pending_interval = ?::varchar, past_due_since = ?::timestamptz,
                    provider_customer = ?::varchar, provider_subscription = ?::varchar,
                    provider_event_at = ?::timestamptz, version = version + 1
                WHERE id = ? AND version = ?
                RETURNING *
                """, PostgresSubscriptionRepository::subscription, s.plan().plan().value(), s.plan().version(),
                s.plan().interval().code(), s.status().code(), s.anchor(), s.periodStart(), s.periodEnd(),
                pending == null ? null : pending.plan().value(), pending == null ? null : pending.version(),
                pending == null ? null : pending.interval().code(), s.pastDueSince(), s.providerCustomer(),
                s.providerSubscription(), s.providerAt(), s.id(), s.version());
        return saved.orElseThrow(() -> new StaleVersionException("subscription"));
    }

    @Override
    public List<Subscription> claimEndedPeriods(Instant now, int limit) {
        return sql.list(SELECT + " WHERE period_end <= ? ORDER BY period_end LIMIT ? FOR UPDATE SKIP LOCKED",
                PostgresSubscriptionRepository::subscription, now, limit);
    }

    @Override
    public List<Subscription> claimPastDueSince(Instant before, int limit) {
        return sql.list(SELECT + " WHERE status = 'past_due' AND past_due_since <= ? ORDER BY past_due_since "
                + "LIMIT ? FOR UPDATE SKIP LOCKED", PostgresSubscriptionRepository::subscription, before, limit);
    }

    private static Subscription subscription(ResultSet row) throws SQLException {
        UUID pendingPlan = Sql.uuid(row, "pending_plan_id");
        PlanRef pending = pendingPlan == null ? null : new PlanRef(new PlanId(pendingPlan),
                row.getInt("pending_plan_version"), BillingInterval.parse(row.getString("pending_interval")));
        return new Subscription(Sql.uuid(row, "id"), new UserId(Sql.uuid(row, "account_id")),
                new PlanRef(new PlanId(Sql.uuid(row, "plan_id")), row.getInt("plan_version"),
                        BillingInterval.parse(row.getString("billing_interval"))),
                SubscriptionStatus.ofCode(row.getString("status")), Sql.instant(row, "anchor_at"),
                Sql.instant(row, "period_start"), Sql.instant(row, "period_end"), pending,
                Sql.instant(row, "past_due_since"), row.getString("provider_customer"),
                row.getString("provider_subscription"), Sql.instant(row, "provider_event_at"), row.getLong("version"),
                Sql.instant(row, "created_at"));
    }
}
