package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.PlanCatalogUseCase;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.domain.CurrencyCode;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class PlanCatalogService implements PlanCatalogUseCase {

    private final PlanRepository plans;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public PlanCatalogService(PlanRepository plans, Transactions transactions, IdGenerator ids, Clock clock,
                              AuditTrail audit) {
        this.plans = plans;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<Plan> offered() {
        return transactions.inTransaction(() -> plans.current(true));
    }

    @Override
    public List<Plan> all() {
        return transactions.inTransaction(() -> plans.current(false));
    }

    @Override
    public Plan get(PlanId id) {
        return transactions.inTransaction(() -> plans.current(id))
                .orElseThrow(() -> new NotFoundException("plan", id.toString()));
    }

    @Override
    public Plan create(UserId actor, PlanTerms terms) {
        var validation = new Validation();
        String code = validation.field("code", () -> Plan.validCode(PlanTermsReader.required("code", terms.code())));
        String name = validation.field("name", () -> Plan.validName(PlanTermsReader.required("name", terms.name())));
        CurrencyCode currency = validation.field("currency",
                () -> new CurrencyCode(PlanTermsReader.required("currency", terms.currency())));
        Long monthly = validation.field("monthlyPrice", () -> price("monthlyPrice", terms.monthlyPrice()));
        Long yearly = validation.field("yearlyPrice", () -> price("yearlyPrice", terms.yearlyPrice()));
        Map<Metric, Limit> limits = PlanTermsReader.limits(terms.limits() == null ? Map.of() : terms.limits(),
                validation);
        validation.throwIfInvalid();
        Plan plan = Plan.define(new PlanId(ids.newId()), code, name, currency, monthly, yearly, limits,
                terms.active() == null || terms.active(), clock.instant());
        return transactions.inTransaction(() -> {
            Plan added = plans.add(plan);
            audit.record(actor, "billing.plan-created", "plan", added.id(), null, snapshot(added));
            return added;
        });
    }

    @Override
    public Plan revise(UserId actor, PlanId id, long expectedVersion, PlanTerms changes) {
        var validation = new Validation();
        if (changes.code() != null) {
            validation.field("code", () -> {
                throw new InvalidValueException("code.immutable", "A plan's code never changes; create a new plan.");
            });
        }
        if (changes.currency() != null) {
            validation.field("currency", () -> {
                throw new InvalidValueException("currency.immutable",
                        "A plan's currency never changes; create a new plan.");
            });
        }
        String name = changes.name() == null ? null : validation.field("name", () -> Plan.validName(changes.name()));
        Long monthly = changes.monthlyPrice() == null ? null
                : validation.field("monthlyPrice", () -> price("monthlyPrice", changes.monthlyPrice()));
        Long yearly = changes.yearlyPrice() == null ? null
                : validation.field("yearlyPrice", () -> price("yearlyPrice", changes.yearlyPrice()));
        Map<Metric, Limit> limits = changes.limits() == null ? null
                : PlanTermsReader.limits(changes.limits(), validation);
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            Plan current = get(id);
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("plan", current.version());
            }
            Plan revised = plans.addVersion(current.revise(name, monthly, yearly, limits, changes.active(),
                    clock.instant()));
            audit.record(actor, "billing.plan-revised", "plan", id, snapshot(current), snapshot(revised));
            return revised;
        });
    }

    private static Long price(String field, Long amount) {
        PlanTermsReader.required(field, amount);
        if (amount < 0 || amount > 10_000_000_000L) {
            throw new InvalidValueException("price.invalid", field + " is 0 to 10000000000 minor units.");
        }
        return amount;
    }

    private static Map<String, Object> snapshot(Plan plan) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", plan.code());
        snapshot.put("version", plan.version());
        snapshot.put("name", plan.name());
        snapshot.put("currency", plan.currency().value());
        snapshot.put("monthlyPrice", plan.monthlyPrice());
        snapshot.put("yearlyPrice", plan.yearlyPrice());
        snapshot.put("active", plan.active());
        Map<String, Object> limits = new LinkedHashMap<>();
        plan.limits().forEach((metric, limit) -> limits.put(metric.code(), limit.toString()));
        snapshot.put("limits", limits);
        return snapshot;
    }
}
