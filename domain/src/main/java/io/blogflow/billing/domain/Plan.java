package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of a plan in the catalogue. Plans are never edited in place: {@link #revise} makes the next version,
 * and subscriptions keep the version they signed up to until they change plan (Kill Bill's catalog versions).
 * A metric without a limit is neither limited nor charged.
 */
public record Plan(PlanId id, String code, int version, String name, CurrencyCode currency, long monthlyPrice,
                   long yearlyPrice, Map<Metric, Limit> limits, boolean active, Instant createdAt) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_NAME = 80;

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        code = validCode(code);
        name = validName(name);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        validPrice("monthlyPrice", monthlyPrice);
        validPrice("yearlyPrice", yearlyPrice);
        var copy = new EnumMap<Metric, Limit>(Metric.class);
        copy.putAll(limits == null ? Map.of() : limits);
        limits = Collections.unmodifiableMap(copy);
    }

    /** The first version of a new plan. */
    public static Plan define(PlanId id, String code, String name, CurrencyCode currency, long monthlyPrice,
                              long yearlyPrice, Map<Metric, Limit> limits, boolean active, Instant now) {
        return new Plan(id, code, 1, name, currency, monthlyPrice, yearlyPrice, limits, active, now);
    }

    /** The next version with the given changes (null: unchanged). The code and the currency never change. */
    public Plan revise(String newName, Long newMonthlyPrice, Long newYearlyPrice, Map<Metric, Limit> newLimits,
                       Boolean newActive, Instant now) {
        return new Plan(id, code, version + 1, newName != null ? newName : name,
                currency, newMonthlyPrice != null ? newMonthlyPrice : monthlyPrice,
                newYearlyPrice != null ? newYearlyPrice : yearlyPrice, newLimits != null ? newLimits : limits,
                newActive != null ? newActive : active, now);
    }

    public long price(BillingInterval interval) {
        return interval == BillingInterval.MONTH ? monthlyPrice : yearlyPrice;
    }

    public java.util.Optional<Limit> limit(Metric metric) {
        return java.util.Optional.ofNullable(limits.get(metric));
    }

    public static String validCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code.invalid",
                    "code is 1 to 40 lower-case letters, digits and dashes, starting with a letter or digit.");
        }
        return code;
    }

    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name.invalid", "name is 1 to " + MAX_NAME + " characters.");
        }
        return name.strip();
    }

    private static void validPrice(String field, long amount) {
        if (amount < 0 || amount > 100_000_000_00L) {
            throw new InvalidValueException("price.invalid", field + " is 0 to 10000000000 minor units.");
        }
    }
}
