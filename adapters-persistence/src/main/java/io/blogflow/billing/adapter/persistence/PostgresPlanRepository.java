package io.blogflow.billing.adapter.persistence;

import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.domain.CurrencyCode;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.OveragePrice;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.billing.domain.PriceTier;
import io.blogflow.shared.adapter.persistence.ConstraintViolations;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans and their versions; a version and its limits are written once and never change. */
@ApplicationScoped
public class PostgresPlanRepository implements PlanRepository {

    private static final String SELECT = """
            SELECT p.id, p.code, v.version, v.name, v.currency, v.monthly_price, v.yearly_price, v.active, v.created_at
            FROM billing_plans p JOIN billing_plan_versions v ON v.plan_id = p.id
            """;

    private final EntityManager em;
    private final Sql sql;

    public PostgresPlanRepository(EntityManager em) {
        this.em = em;
        this.sql = new Sql(em);
    }

    @Override
    public List<Plan> current(boolean activeOnly) {
        return withLimits(sql.list(SELECT + " WHERE v.version = p.current_version"
                + (activeOnly ? " AND v.active" : "") + " ORDER BY v.monthly_price, v.name", PostgresPlanRepository::plan));
    }

    @Override
    public Optional<Plan> current(PlanId id) {
        return withLimits(sql.list(SELECT + " WHERE p.id = ? AND v.version = p.current_version",
                PostgresPlanRepository::plan, id.value())).stream().findFirst();
    }

    @Override
    public Optional<Plan> currentByCode(String code) {
        return withLimits(sql.list(SELECT + " WHERE p.code = ? AND v.version = p.current_version",
                PostgresPlanRepository::plan, code)).stream().findFirst();
    }

    @Override
    public Optional<Plan> version(PlanId id, int version) {
        return withLimits(sql.list(SELECT + " WHERE p.id = ? AND v.version = ?", PostgresPlanRepository::plan,
                id.value(), version)).stream().findFirst();
    }

    @Override
    public Plan add(Plan plan) {
        try {
            sql.update("INSERT INTO billing_plans (id, code, current_version, created_at) VALUES (?, ?, 1, ?)",
                    plan.id().value(), plan.code(), plan.createdAt());
        } catch (RuntimeException failure) {
            if (ConstraintViolations.isViolationOf(failure, "uq_billing_plans_code")) {
                throw new ConflictException("plan.code-taken", "A plan with the code '" + plan.code()
                        + "' exists.");
            }
            throw failure;
        }
        insertVersion(plan);
        return plan;
    }

    @Override
    public Plan addVersion(Plan revised) {
        int moved = sql.update("UPDATE billing_plans SET current_version = ? WHERE id = ? AND current_version = ?",
                revised.version(), revised.id().value(), revised.version() - 1);
        if (moved == 0) {
            throw new StaleVersionException("plan");
        }
        insertVersion(revised);
        return revised;
    }

    private void insertVersion(Plan plan) {
        sql.update("""
                INSERT INTO billing_plan_versions (plan_id, version, name, currency, monthly_price, yearly_price,
                                                   active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, plan.id().value(), plan.version(), plan.name(), plan.currency().value(), plan.monthlyPrice(),
                plan.yearlyPrice(), plan.active(), plan.createdAt());
        plan.limits().forEach((metric, limit) -> sql.update("""
                INSERT INTO billing_plan_limits (plan_id, version, metric, included, hard_cap, overage_per,
                                                 overage_up_to, overage_amounts)
                VALUES (?, ?, ?, ?, ?::bigint, ?::bigint, ?::bigint[], ?::bigint[])
                """, plan.id().value(), plan.version(), metric.code(), limit.included(), limit.hardCap(),
                limit.overagePrice() == null ? null : limit.overagePrice().per(),
                limit.overagePrice() == null ? null : limit.overagePrice().tiers().stream().map(PriceTier::upTo)
                        .toArray(Long[]::new),
                limit.overagePrice() == null ? null : limit.overagePrice().tiers().stream().map(PriceTier::amount)
                        .toArray(Long[]::new)));
    }

    private List<Plan> withLimits(List<Plan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        Map<String, Map<Metric, Limit>> limits = new HashMap<>();
        String keys = String.join(" OR ", plans.stream().map(plan -> "(plan_id = ? AND version = ?)").toList());
        Object[] parameters = plans.stream().flatMap(plan -> java.util.stream.Stream.of(plan.id().value(),
                plan.version())).toArray();
        sql.list("SELECT plan_id, version, metric, included, hard_cap, overage_per, overage_up_to, overage_amounts "
                + "FROM billing_plan_limits WHERE " + keys, row -> limits.computeIfAbsent(
                        row.getObject("plan_id") + "/" + row.getInt("version"), key -> new EnumMap<>(Metric.class))
                .put(Metric.ofCode(row.getString("metric")).orElseThrow(), limit(row)), parameters);
        return plans.stream().map(plan -> new Plan(plan.id(), plan.code(), plan.version(), plan.name(),
                plan.currency(), plan.monthlyPrice(), plan.yearlyPrice(),
                limits.getOrDefault(plan.id().value() + "/" + plan.version(), Map.of()), plan.active(),
                plan.createdAt())).toList();
    }

    private static Plan plan(ResultSet row) throws SQLException {
        return new Plan(new PlanId(Sql.uuid(row, "id")), row.getString("code"), row.getInt("version"),
                row.getString("name"), new CurrencyCode(row.getString("currency")), row.getLong("monthly_price"),
                row.getLong("yearly_price"), Map.of(), row.getBoolean("active"), Sql.instant(row, "created_at"));
    }

    private static Limit limit(ResultSet row) throws SQLException {
        Long per = Sql.nullableLong(row, "overage_per");
        OveragePrice price = null;
        if (per != null) {
            Long[] upTo = (Long[]) row.getArray("overage_up_to").getArray();
            Long[] amounts = (Long[]) row.getArray("overage_amounts").getArray();
            List<PriceTier> tiers = new java.util.ArrayList<>();
            for (int i = 0; i < amounts.length; i++) {
                tiers.add(new PriceTier(upTo[i], amounts[i]));
            }
            price = new OveragePrice(per, tiers);
        }
        return new Limit(row.getLong("included"), Sql.nullableLong(row, "hard_cap"), price);
    }
}
