package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * What usage beyond a plan's included quantity costs, graduated: each tier prices the units that fall into it, as in
 * Stripe's graduated tiers. Prices are per {@code per} units (e.g. 20 cents per 1000 tokens), and the sum over all
 * tiers is rounded once, half up, to a whole minor unit.
 */
public record OveragePrice(long per, List<PriceTier> tiers) {

    public static final int MAX_TIERS = 10;

    public OveragePrice {
        if (per < 1) {
            throw new InvalidValueException("overage-price.invalid", "per must be at least 1.");
        }
        if (tiers == null || tiers.isEmpty() || tiers.size() > MAX_TIERS) {
            throw new InvalidValueException("overage-price.invalid", "An overage price has 1 to " + MAX_TIERS
                    + " tiers.");
        }
        tiers = List.copyOf(tiers);
        long previous = 0;
        for (int i = 0; i < tiers.size(); i++) {
            Long upTo = tiers.get(i).upTo();
            boolean last = i == tiers.size() - 1;
            if (last != (upTo == null)) {
                throw new InvalidValueException("overage-price.invalid",
                        "Only the last tier is open-ended (upTo null), and it must be.");
            }
            if (upTo != null && upTo <= previous) {
                throw new InvalidValueException("overage-price.invalid", "Tiers' upTo must increase.");
            }
            previous = upTo == null ? previous : upTo;
        }
    }

    /** A single price for every unit of overage. */
    public static OveragePrice flat(long amount, long per) {
        return new OveragePrice(per, List.of(new PriceTier(null, amount)));
    }

    /** The charge, in minor units, for {@code overage} units beyond what is included. */
    public long charge(long overage) {
        if (overage <= 0) {
            return 0;
        }
        BigInteger sum = BigInteger.ZERO;
        long from = 0;
        for (PriceTier tier : tiers) {
            long to = tier.upTo() == null ? overage : Math.min(overage, tier.upTo());
            if (to > from) {
                sum = sum.add(BigInteger.valueOf(to - from).multiply(BigInteger.valueOf(tier.amount())));
            }
            if (to >= overage) {
                break;
            }
            from = to;
        }
        return new java.math.BigDecimal(sum).divide(new java.math.BigDecimal(per), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
